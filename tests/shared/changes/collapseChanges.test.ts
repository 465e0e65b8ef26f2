import { describe, expect, it } from 'vitest';
import { collapseChanges, type ChangeEntry } from '../../../shared/changes/collapseChanges.ts';

let ids = 0;
const ANNA = { userId: 'anna', actor: 'Anna Sundén' };
const BO = { userId: 'bo', actor: 'Bo Ek' };

/** One history entry of card `c1`, a set of `effect` by Anna unless told otherwise; ids grow with each call. */
const entry = (changes: Partial<ChangeEntry> = {}): ChangeEntry => ({
  id: ++ids,
  at: `2025-05-02T08:${String(ids % 60).padStart(2, '0')}:00.000Z`,
  ...ANNA,
  cardId: 'c1',
  field: 'effect',
  change: 'set',
  ...changes,
});

describe('collapseChanges', () => {
  it('[CHG3] one field’s edits collapse to the first old value → the last new value, with the last editor and time', () => {
    const first = entry({ from: 20_000, to: 18_000 });
    const last = entry({ ...BO, from: 18_000, to: 15_000 });
    const [card] = collapseChanges([first, last]);
    expect(card).toEqual({ cardId: 'c1', at: last.at, fields: [{ kind: 'set', field: 'effect', from: 20_000, to: 15_000, at: last.at, ...BO }] });
  });

  it('[CHG3] a value that was absent or became absent has no from or to', () => {
    const set = entry({ field: 'unit', to: 'Kirurgi' });
    const cleared = entry({ field: 'deadline', from: '2025-06-30' });
    const fields = collapseChanges([set, cleared])[0]!.fields;
    expect(fields).toEqual([
      { kind: 'set', field: 'unit', to: 'Kirurgi', at: set.at, ...ANNA },
      { kind: 'set', field: 'deadline', from: '2025-06-30', at: cleared.at, ...ANNA },
    ]);
  });

  it('[CHG4] edits that end where they began are left out, one entry (7 000 → 7 000) or several, and a card with nothing else left goes', () => {
    const noOps = [
      entry({ from: 7_000, to: 7_000 }),
      entry({ cardId: 'c2', field: 'responsible', from: ['Anna'], to: ['Anna', 'Bo'] }),
      entry({ cardId: 'c2', field: 'responsible', ...BO, from: ['Anna', 'Bo'], to: ['Anna'] }),
      entry({ cardId: 'c3', field: 'unit', to: 'Kirurgi' }),
      entry({ cardId: 'c3', field: 'unit', from: 'Kirurgi' }),
    ];
    expect(collapseChanges(noOps)).toEqual([]);
    const kept = entry({ cardId: 'c2', field: 'status', from: 'green', to: 'red' });
    expect(collapseChanges([...noOps, kept]).map((c) => [c.cardId, c.fields.map((f) => f.field)])).toEqual([['c2', ['status']]]);
  });

  it('[CHG4] prose edits collapse to one "edited" with everyone who edited it, never left out', () => {
    const a = entry({ field: 'comment', change: 'text' });
    const b = entry({ field: 'comment', change: 'text', ...BO });
    const c = entry({ field: 'comment', change: 'text' });
    expect(collapseChanges([a, b, c])[0]!.fields).toEqual([{ kind: 'text', field: 'comment', actors: ['Anna Sundén', 'Bo Ek'], at: c.at, ...ANNA }]);
  });

  it('[CHG2] a column change is a move from the first column to the last; archiving is its own part; a move back is none', () => {
    const moved = [entry({ field: 'column', from: 'todo', to: 'doing' }), entry({ field: 'column', ...BO, from: 'doing', to: 'done' })];
    const archived = entry({ field: 'archived', from: false, to: true });
    const [card] = collapseChanges([...moved, archived]);
    expect(card).toEqual({
      cardId: 'c1',
      at: archived.at,
      moved: { from: 'todo', to: 'done', at: moved[1]!.at, ...BO },
      archived: { to: true, at: archived.at, ...ANNA },
      fields: [],
    });
    const back = [entry({ field: 'column', from: 'todo', to: 'doing' }), entry({ field: 'column', from: 'doing', to: 'todo' })];
    const restored = [entry({ field: 'archived', from: false, to: true }), entry({ field: 'archived', from: true, to: false })];
    expect(collapseChanges([...back, ...restored])).toEqual([]);
    const brought = entry({ field: 'archived', from: true, to: false });
    expect(collapseChanges([brought])[0]!.archived).toEqual({ to: false, at: brought.at, ...ANNA });
  });

  it('[CHG5] a new card is created with its title and keeps its later changes; created and deleted again, it is not there', () => {
    const created = entry({ field: 'card', change: 'created', to: 'Nytt kort' });
    const effect = entry({ ...BO, from: 1_000, to: 2_000 });
    expect(collapseChanges([created, effect])).toEqual([
      { cardId: 'c1', at: effect.at, created: { title: 'Nytt kort', at: created.at, ...ANNA }, fields: [{ kind: 'set', field: 'effect', from: 1_000, to: 2_000, at: effect.at, ...BO }] },
    ]);
    const gone = entry({ field: 'card', change: 'deleted', from: 'Nytt kort' });
    expect(collapseChanges([created, effect, gone])).toEqual([]);
  });

  it('[CHG5] a deleted card is only deleted; a deletion undone is no change of its own', () => {
    const effect = entry({ from: 1_000, to: 2_000 });
    const deleted = entry({ field: 'card', change: 'deleted', ...BO, from: 'Kort' });
    expect(collapseChanges([effect, deleted])).toEqual([{ cardId: 'c1', at: deleted.at, deleted: { at: deleted.at, ...BO }, fields: [] }]);
    const undone = entry({ field: 'card', change: 'created', to: 'Kort' });
    expect(collapseChanges([effect, deleted, undone])).toEqual([{ cardId: 'c1', at: effect.at, fields: [{ kind: 'set', field: 'effect', from: 1_000, to: 2_000, at: effect.at, ...ANNA }] }]);
  });

  it('[CHG4] a report month added is one change; added and removed again it is none', () => {
    const added = entry({ field: 'reports.2025-04', change: 'created' });
    expect(collapseChanges([added])[0]!.fields).toEqual([{ kind: 'created', field: 'reports.2025-04', at: added.at, ...ANNA }]);
    expect(collapseChanges([added, entry({ field: 'reports.2025-04', change: 'deleted' })])).toEqual([]);
  });

  it('[CHG1] board-level entries (meta, columns, timeline) are not card changes', () => {
    const board = [entry({ cardId: null, field: 'meta.title', from: 'A', to: 'B' }), entry({ cardId: null, field: 'columns', change: 'board' })];
    expect(collapseChanges(board)).toEqual([]);
  });

  it('[CHG2] the order of the entries given does not matter: a field is read by id, cards newest change first then by id', () => {
    const entries = [
      entry({ cardId: 'c2', from: 1, to: 2 }),
      entry({ cardId: 'c1', from: 5, to: 6 }),
      entry({ cardId: 'c2', from: 2, to: 3 }),
      entry({ cardId: 'c3', from: 8, to: 9, at: '2025-05-02T08:00:00.000Z' }),
      entry({ cardId: 'c0', from: 8, to: 9, at: '2025-05-02T08:00:00.000Z' }),
    ];
    const inOrder = collapseChanges(entries);
    expect(collapseChanges(entries.toReversed())).toEqual(inOrder);
    expect(collapseChanges([entries[2]!, entries[0]!, entries[4]!, entries[1]!, entries[3]!])).toEqual(inOrder);
    expect(inOrder.map((c) => c.cardId)).toEqual(['c2', 'c1', 'c0', 'c3']);
    expect(inOrder[0]!.fields).toMatchObject([{ from: 1, to: 3 }]);
  });

  it('[CHG6] one account’s own edits can be left out: the others’ edits collapse on their own', () => {
    const entries = [
      entry({ from: 20_000, to: 15_000 }),
      entry({ ...BO, from: 15_000, to: 12_000 }),
      entry({ field: 'unit', from: 'A', to: 'B' }),
      entry({ cardId: 'c2', field: 'card', change: 'created', to: 'Annas kort' }),
      entry({ cardId: 'c3', ...BO, userId: null, actor: 'Servern', field: 'status', from: 'green', to: 'red' }),
    ];
    const others = collapseChanges(entries, { excludeUserId: 'anna' });
    expect(others.map((c) => [c.cardId, c.fields.map((f) => (f.kind === 'set' ? [f.field, f.from, f.to, f.actor] : f.field))])).toEqual([
      ['c3', [['status', 'green', 'red', 'Servern']]],
      ['c1', [['effect', 15_000, 12_000, 'Bo Ek']]],
    ]);
    expect(collapseChanges(entries).map((c) => c.cardId)).toEqual(['c3', 'c2', 'c1']);
  });
});
