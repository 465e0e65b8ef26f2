import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCorrection, addDecision, updateDecision } from '../../../shared/meeting/decisionOps.ts';
import { getApprovals, getDecisions, getItemNotes, getMeetingMeta, getMinutes, getRun } from '../../../shared/meeting/meetingDoc.ts';
import { addAttendee, setItemNotes, setMeetingField, updateAgendaItem } from '../../../shared/meeting/meetingOps.ts';
import { isLocked, lockedChange } from '../../../shared/meeting/minutesLock.ts';
import { approve, setAdjusters, setMinutesField } from '../../../shared/meeting/minutesOps.ts';
import { numberParagraphs, paragraphOrder } from '../../../shared/meeting/paragraphs.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { endMeeting, setItemDone, startMeeting } from '../../../shared/meeting/runOps.ts';
import { validateMeeting } from '../../../shared/meeting/validateMeeting.ts';
import { docFrom } from '../helpers/boards.ts';
import { mergeConcurrent } from '../helpers/sync.ts';
import { expectMeetingRefused, expectMeetingsConverged, makeMeeting, makeMeetingBase, threeItems } from './helpers/meetings.ts';

const T0 = 1_744_700_000_000;
const AT = '2025-04-16T08:00:00.000Z';
const ANNA = { userId: 'u-anna', name: 'Anna Sundén' };
const BO = { userId: 'u-bo', name: 'Bo Ek' };

/** An ended meeting with two numbered decisions (§ 1 and § 2) and two justerare, none approved yet. */
function ended(doc: Y.Doc): void {
  threeItems(doc);
  addDecision(doc, 'i2', { id: 'd1', matter: 'Åtgärdsplan 2025', text: 'att fastställa planen' });
  addDecision(doc, 'i3', { id: 'd2', matter: 'Beredskap' });
  startMeeting(doc, T0);
  endMeeting(doc, T0 + 60_000);
  numberParagraphs(doc, 1);
  setAdjusters(doc, [ANNA, BO]);
}

/** The same, approved by both. */
function approved(doc: Y.Doc): void {
  ended(doc);
  approve(doc, ANNA.userId, AT);
  approve(doc, BO.userId, AT);
}

describe('the minutes in draft', () => {
  it('[MTG26] sets and clears the chair and the secretary; an unknown field is refused', () => {
    const doc = makeMeeting(threeItems);
    setMinutesField(doc, 'chair', 'Eva Ordf');
    setMinutesField(doc, 'secretary', ' Sam Sekr ');
    expect(readMeeting(doc).minutes).toEqual({ status: 'draft', chair: 'Eva Ordf', secretary: 'Sam Sekr', adjusters: [], approvals: {} });
    setMinutesField(doc, 'chair', '');
    expect(readMeeting(doc).minutes.chair).toBeUndefined();
    expectMeetingRefused(doc, () => setMinutesField(doc, 'status' as never, 'approved'), 'unknown_field', 'status');
    expectMeetingRefused(doc, () => setMinutesField(doc, 'chair', 'x'.repeat(201)), 'invalid_value', 'chair');
    expect(validateMeeting(doc)).toEqual([]);
  });

  it('[MTG26] names at most four justerare, each once, and makes the approvals map with the first naming', () => {
    const doc = makeMeeting(threeItems);
    setAdjusters(doc, [ANNA]);
    const approvals = getApprovals(doc);
    expect(approvals).toBeInstanceOf(Y.Map);
    setAdjusters(doc, [ANNA, BO]);
    expect(getApprovals(doc)).toBe(approvals);
    expect(readMeeting(doc).minutes.adjusters).toEqual([ANNA, BO]);
    const five = Array.from({ length: 5 }, (_, i) => ({ userId: `u${i}`, name: `Person ${i}` }));
    expectMeetingRefused(doc, () => setAdjusters(doc, five), 'invalid_value', 'adjusters');
    expectMeetingRefused(doc, () => setAdjusters(doc, [ANNA, { ...ANNA, name: 'Anna igen' }]), 'invalid_value', 'adjusters');
    expectMeetingRefused(doc, () => setAdjusters(doc, [{ userId: '__proto__', name: 'X' }]), 'invalid_value', 'adjusters');
    expect(validateMeeting(doc)).toEqual([]);
  });

  it('[MTG26] an approval of a justerare no longer named is dropped with the naming', () => {
    const doc = makeMeeting(ended);
    approve(doc, ANNA.userId, AT);
    setAdjusters(doc, [BO]);
    expect([...getApprovals(doc)!.keys()]).toEqual([]);
    expect(readMeeting(doc).minutes.status).toBe('draft');
  });
});

describe('justering', () => {
  it('[MTG27] each justerare approves; the minutes are approved with the last one, in the same transaction', () => {
    const doc = makeMeeting(ended);
    approve(doc, ANNA.userId, AT);
    expect(readMeeting(doc).minutes).toMatchObject({ status: 'draft', approvals: { [ANNA.userId]: AT } });
    expect(isLocked(doc)).toBe(false);
    const transactions: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => transactions.push(tr.origin));
    approve(doc, BO.userId, '2025-04-17T10:30:00.000Z', 'bo');
    expect(transactions).toEqual(['bo']);
    expect(getMinutes(doc).get('status')).toBe('approved');
    expect(readMeeting(doc).minutes).toMatchObject({ status: 'approved', approvals: { [ANNA.userId]: AT, [BO.userId]: '2025-04-17T10:30:00.000Z' } });
    expect(isLocked(doc)).toBe(true);
    expect(validateMeeting(doc)).toEqual([]);
  });

  it('[MTG27] refuses, writing nothing, one not named, a bad time, a second approval, a meeting not ended, a decision not numbered', () => {
    const doc = makeMeeting(ended);
    expectMeetingRefused(doc, () => approve(doc, 'u-cia', AT), 'invalid_value', 'userId');
    expectMeetingRefused(doc, () => approve(doc, ANNA.userId, 'i morgon'), 'invalid_value', 'at');
    approve(doc, ANNA.userId, AT);
    expectMeetingRefused(doc, () => approve(doc, ANNA.userId, AT), 'meeting_state', 'userId');
    addDecision(doc, 'i1', { matter: 'Sent beslut' });
    expectMeetingRefused(doc, () => approve(doc, BO.userId, AT), 'meeting_state', 'paragraph');
    const running = makeMeeting((d) => {
      threeItems(d);
      startMeeting(d, T0);
      setAdjusters(d, [ANNA]);
    });
    expectMeetingRefused(running, () => approve(running, ANNA.userId, AT), 'meeting_state', 'status');
  });

  it('[MTG27] [MTG21] the last two justerare approving at once in two browsers: the merged minutes are approved and locked', () => {
    const docs = mergeConcurrent(makeMeetingBase(ended), [(d) => approve(d, ANNA.userId, AT), (d) => approve(d, BO.userId, AT)]);
    expectMeetingsConverged(docs);
    for (const doc of docs) {
      // Neither saw the other's approval, so neither wrote the status; the approvals are both there.
      expect(getMinutes(doc).get('status')).toBeUndefined();
      expect(readMeeting(doc).minutes.status).toBe('approved');
      expect(isLocked(doc)).toBe(true);
    }
  });
});

describe('an approved meeting', () => {
  it('[MTG28] refuses every change to its minutes and what they are drafted from, writing nothing', () => {
    const doc = makeMeeting(approved);
    expectMeetingRefused(doc, () => updateDecision(doc, 'd1', { text: 'att ändra i efterhand' }), 'meeting_state', 'minutes');
    expectMeetingRefused(doc, () => addDecision(doc, 'i1', { matter: 'Nytt' }), 'meeting_state', 'minutes');
    expectMeetingRefused(doc, () => setMinutesField(doc, 'chair', 'Ny'), 'meeting_state', 'minutes');
    expectMeetingRefused(doc, () => setAdjusters(doc, [ANNA]), 'meeting_state', 'minutes');
    expectMeetingRefused(doc, () => approve(doc, ANNA.userId, AT), 'meeting_state', 'minutes');
    expectMeetingRefused(doc, () => setItemNotes(doc, 'i2', 'ändrade anteckningar'), 'meeting_state', 'minutes');
    expectMeetingRefused(doc, () => updateAgendaItem(doc, 'i2', { title: 'Ny rubrik' }), 'meeting_state', 'minutes');
    expectMeetingRefused(doc, () => addAttendee(doc, { name: 'Cia', attendance: 'room' }), 'meeting_state', 'minutes');
    expectMeetingRefused(doc, () => setMeetingField(doc, 'place', 'Annat rum'), 'meeting_state', 'minutes');
    // What carries over to the next meeting is running state, not the minutes (MTG16).
    setItemDone(doc, 'i1', false);
  });

  it('[MTG29] takes a Rättelse: a new entry in the item that refers to the paragraph, never an edit in place', () => {
    const doc = makeMeeting(approved);
    const id = addCorrection(doc, 'd1', 'att fastställa planen, med bilaga 2');
    const [original, correction] = readMeeting(doc).decisions.byItem.i2!;
    expect(original).toMatchObject({ id: 'd1', paragraph: 1, text: 'att fastställa planen' });
    expect(correction).toEqual({ id, itemId: 'i2', matter: 'Åtgärdsplan 2025', background: '', text: 'att fastställa planen, med bilaga 2', cards: [], responsible: [], sendTo: [], correctionOf: 'd1' });
    expect(paragraphOrder(doc)).toEqual(['d1', 'd2']);
    expect(validateMeeting(doc)).toEqual([]);
  });

  it('[MTG29] refuses a correction of draft minutes, of a correction, of an unknown decision, past the text cap', () => {
    const draft = makeMeeting(ended);
    expectMeetingRefused(draft, () => addCorrection(draft, 'd1', 'rättelse'), 'meeting_state', 'minutes');
    const doc = makeMeeting(approved);
    const id = addCorrection(doc, 'd1', 'rättelse');
    expectMeetingRefused(doc, () => addCorrection(doc, id, 'rättelse av rättelsen'), 'invalid_value', 'decisionId');
    expectMeetingRefused(doc, () => addCorrection(doc, 'nope', 'x'), 'unknown_item', 'decisionId');
    expectMeetingRefused(doc, () => addCorrection(doc, 'd2', 'x'.repeat(10_001)), 'invalid_value', 'text');
  });

  it('[MTG28] [MTG29] lockedChange names the first path an approved meeting forbids; a new correction and the running state pass', () => {
    const before = makeMeeting(approved);
    /** What lockedChange says of `change` made on a copy of `before`, the path it touched given as an UpdateEffect lists it. */
    const check = (path: string[], change: (d: Y.Doc) => void) => {
      const after = docFrom(Y.encodeStateAsUpdate(before), 9);
      change(after);
      return lockedChange(before, after, [path]);
    };
    expect(check(['minutes', 'chair'], (d) => getMinutes(d).set('chair', 'Ny'))).toEqual(['minutes', 'chair']);
    expect(check(['decisions', 'd1', 'text'], (d) => (getDecisions(d).get('d1')!.get('text') as Y.Text).insert(0, 'x'))).toEqual(['decisions', 'd1', 'text']);
    expect(check(['agenda', 'i2', 'notes'], (d) => getItemNotes(d, 'i2')!.insert(0, 'x'))).toEqual(['agenda', 'i2', 'notes']);
    expect(check(['meta', 'place'], (d) => getMeetingMeta(d).set('place', 'x'))).toEqual(['meta', 'place']);
    expect(check(['run', 'status'], (d) => getRun(d).set('status', 'ended'))).toBeUndefined();
    expect(check(['decisions', 'c1'], (d) => addCorrectionRaw(d, 'd1'))).toBeUndefined();
    expect(check(['decisions', 'c1'], (d) => addCorrectionRaw(d, 'nope'))).toEqual(['decisions', 'c1']);
    expect(check(['decisions', 'fake'], (d) => getDecisions(d).set('fake', new Y.Map()))).toEqual(['decisions', 'fake']);
    // Draft minutes forbid nothing.
    const draft = makeMeeting(ended);
    expect(lockedChange(draft, draft, [['minutes', 'chair']])).toBeUndefined();
  });
});

/** A correction `c1` written past the ops, as a raw client would: only its shape makes it allowed. */
function addCorrectionRaw(doc: Y.Doc, of: string): void {
  const map = new Y.Map<unknown>();
  doc.transact(() => {
    getDecisions(doc).set('c1', map);
    map.set('itemId', 'i2');
    map.set('order', 'a5');
    map.set('matter', 'Rättelse');
    map.set('background', new Y.Text());
    map.set('text', new Y.Text('rättat'));
    map.set('correctionOf', of);
  });
}

describe('a version 1 meeting (MTG30)', () => {
  /** A meeting as version 1 stored it: no decisions or minutes, schemaVersion 1. */
  const v1 = (setup: (doc: Y.Doc) => void) =>
    makeMeeting((doc) => {
      getMeetingMeta(doc).set('schemaVersion', 1);
      setup(doc);
    });

  it('[MTG30] stays valid and reads with no decisions and draft minutes', () => {
    const doc = v1(threeItems);
    expect(validateMeeting(doc)).toEqual([]);
    expect(readMeeting(doc)).toMatchObject({ meta: { schemaVersion: 1 }, decisions: { byItem: {}, unplaced: [] }, minutes: { status: 'draft', adjusters: [], approvals: {} } });
  });

  it('[MTG30] takes decisions and justering as it is: nothing is rewritten', () => {
    const doc = v1(approved);
    expect(readMeeting(doc).meta.schemaVersion).toBe(1);
    expect(isLocked(doc)).toBe(true);
    expect(validateMeeting(doc)).toEqual([]);
  });
});
