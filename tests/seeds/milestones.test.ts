import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getMilestonesMap } from '../../shared/doc.ts';
import { addMilestone, removeMilestone, updateMilestone } from '../../shared/ops/milestones.ts';
import { readMilestones } from '../../shared/read/readMilestones.ts';
import { validateMilestones } from '../../shared/schema/milestone.ts';
import { validateDoc } from '../../shared/schema/validateDoc.ts';
import { makeBase, makeDoc } from '../shared/helpers/boards.ts';
import { contentOf } from '../shared/helpers/compare.ts';
import { expectRefused } from '../shared/helpers/refused.ts';
import { mergeConcurrent } from '../shared/helpers/sync.ts';

// The ids cite the "Milestones" section of shared/SPEC.md.

const fsg = { id: 'fsg', date: '2025-04-15', title: 'Extrainsatt FSG', involved: 'FSG, HSD, HR-strateg' };

describe('milestones', () => {
  it('[MS1][MS2] adds a milestone with its fields, in one transaction with the given origin', () => {
    const doc = makeDoc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    expect(addMilestone(doc, { ...fsg, lane: 'political' }, 'seed')).toBe('fsg');
    expect(origins).toEqual(['seed']);
    expect(readMilestones(doc)).toEqual([{ ...fsg, lane: 'political' }]);
  });

  it('[MS1] takes partial dates: a month or a year', () => {
    const doc = makeDoc();
    addMilestone(doc, { id: 'm', date: '2025-04', title: 'Utse deltagare' });
    addMilestone(doc, { id: 'y', date: '2025', title: 'Genomföra riskbedömningar' });
    expect(readMilestones(doc).map((m) => m.date)).toEqual(['2025', '2025-04']);
    expect(readMilestones(doc)[0]).toEqual({ id: 'y', date: '2025', title: 'Genomföra riskbedömningar' });
  });

  it('[MS2] refuses bad values, taken or bad ids, unknown milestones and documents that are not boards', () => {
    const doc = makeDoc();
    addMilestone(doc, fsg);
    for (const date of ['2025-13', '2025-02-30', '2025-4', '25-04-15', '2025-', '']) {
      expectRefused(doc, () => addMilestone(doc, { ...fsg, id: 'x', date }), 'invalid_value', 'date');
    }
    expectRefused(doc, () => addMilestone(doc, { ...fsg, id: 'x', title: '' }), 'invalid_value', 'title');
    expectRefused(doc, () => addMilestone(doc, { ...fsg, id: 'x', lane: '' }), 'invalid_value', 'lane');
    expectRefused(doc, () => addMilestone(doc, { ...fsg, id: 'x', involved: 7 as unknown as string }), 'invalid_value', 'involved');
    expectRefused(doc, () => addMilestone(doc, fsg), 'invalid_value', 'id');
    expectRefused(doc, () => addMilestone(doc, { ...fsg, id: 'a b' }), 'invalid_value', 'id');
    expectRefused(doc, () => updateMilestone(doc, 'fsg', 'date', '2025-06-31'), 'invalid_value', 'date');
    expectRefused(doc, () => updateMilestone(doc, 'fsg', 'colour', 'red'), 'unknown_field', 'colour');
    expectRefused(doc, () => updateMilestone(doc, 'fsg', 'colour', undefined), 'unknown_field', 'colour');
    expectRefused(doc, () => updateMilestone(doc, 'fsg', 'title', undefined), 'invalid_value', 'title');
    expectRefused(doc, () => updateMilestone(doc, 'nope', 'title', 'x'), 'invalid_value', 'milestoneId');
    expectRefused(doc, () => removeMilestone(doc, 'nope'), 'invalid_value', 'milestoneId');
    const notABoard = new Y.Doc();
    expectRefused(notABoard, () => addMilestone(notABoard, fsg), 'invalid_board', 'meta');
  });

  it('[MS2] updates and clears fields, and removes', () => {
    const doc = makeDoc();
    addMilestone(doc, { ...fsg, lane: 'official' });
    updateMilestone(doc, 'fsg', 'date', '2025-04-16');
    updateMilestone(doc, 'fsg', 'lane', undefined);
    updateMilestone(doc, 'fsg', 'involved', undefined);
    expect(readMilestones(doc)).toEqual([{ id: 'fsg', date: '2025-04-16', title: 'Extrainsatt FSG' }]);
    removeMilestone(doc, 'fsg');
    expect(readMilestones(doc)).toEqual([]);
  });

  it('[MS1] validateMilestones finds what the operations would refuse; validateDoc accepts the top-level map', () => {
    const doc = makeDoc();
    addMilestone(doc, fsg);
    expect(validateMilestones(doc)).toEqual([]);
    expect(validateDoc(doc)).toEqual([]);
    doc.transact(() => {
      const bad = new Y.Map<unknown>();
      getMilestonesMap(doc).set('bad', bad);
      bad.set('date', '2025-02-30');
      bad.set('colour', 'red');
      getMilestonesMap(doc).get('fsg')!.delete('title');
    });
    expect(validateMilestones(doc).map((i) => [i.path, i.code])).toEqual([
      ['milestones.fsg.title', 'invalid_value'],
      ['milestones.bad.date', 'invalid_value'],
      ['milestones.bad.colour', 'unknown_field'],
      ['milestones.bad.title', 'invalid_value'],
    ]);
  });

  it('[MS3] sorts by date, then id, whatever the insertion order', () => {
    const doc = makeDoc();
    for (const [id, date] of [['b', '2025-06-04'], ['a', '2025-06-04'], ['c', '2025-04'], ['d', '2025-04-15'], ['e', '2024-12-31']]) {
      addMilestone(doc, { id: id!, date: date!, title: id! });
    }
    expect(readMilestones(doc).map((m) => m.id)).toEqual(['e', 'c', 'd', 'a', 'b']);
  });

  describe('[MS4] concurrent edits converge', () => {
    const base = makeBase({ setup: (doc) => addMilestone(doc, fsg) });
    const converged = (docs: Y.Doc[]) => {
      // toEqual, not JSON text: map keys list in arrival order, which differs between peers.
      const first = contentOf(docs[0]!);
      for (const doc of docs) expect(contentOf(doc)).toEqual(first);
      return readMilestones(docs[0]!);
    };

    it('milestones added concurrently are all kept', () => {
      const docs = mergeConcurrent(base, [
        (d) => addMilestone(d, { id: 'x', date: '2025-05-20', title: 'FSG' }),
        (d) => addMilestone(d, { id: 'y', date: '2025-06-18', title: 'HSN - beslut' }),
      ]);
      expect(converged(docs).map((m) => m.id)).toEqual(['fsg', 'x', 'y']);
    });

    it('updates of different fields both survive', () => {
      const docs = mergeConcurrent(base, [
        (d) => updateMilestone(d, 'fsg', 'date', '2025-04-16'),
        (d) => updateMilestone(d, 'fsg', 'lane', 'political'),
      ]);
      expect(converged(docs)).toEqual([{ ...fsg, date: '2025-04-16', lane: 'political' }]);
    });

    it('updates of one field leave one winner', () => {
      const docs = mergeConcurrent(base, [(d) => updateMilestone(d, 'fsg', 'title', 'A'), (d) => updateMilestone(d, 'fsg', 'title', 'B')]);
      expect(['A', 'B']).toContain(converged(docs)[0]!.title);
    });

    it('a removal concurrent with an update removes the milestone', () => {
      const docs = mergeConcurrent(base, [(d) => removeMilestone(d, 'fsg'), (d) => updateMilestone(d, 'fsg', 'title', 'B')]);
      expect(converged(docs)).toEqual([]);
    });
  });
});
