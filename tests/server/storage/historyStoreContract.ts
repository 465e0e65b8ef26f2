import { describe, expect, it } from 'vitest';
import type { HistoryStore, NewHistoryEntry } from '../../../server/storage/HistoryStore.ts';
import { contractStores, type StoreFactory } from './contractStores.ts';

export type HistoryStoreFactory = StoreFactory<HistoryStore>;

const entry = (changes: Partial<NewHistoryEntry> = {}): NewHistoryEntry => ({
  boardId: 'b1',
  at: '2025-04-15T08:14:00.000Z',
  userId: 'u1',
  actor: 'Anna Sundén',
  cardId: 'c1',
  field: 'effect',
  change: 'set',
  from: 20_000,
  to: 15_000,
  ...changes,
});

/** The HistoryStore contract: every implementation runs this same suite (HIST1-HIST5, HIST7, HIST8). */
export function runHistoryStoreContract(name: string, factory: HistoryStoreFactory, options: { durable?: boolean } = {}): void {
  describe(`history store contract: ${name}`, () => {
    const open = contractStores(factory);

    it('[HIST4] lists a board’s entries newest first, by card, paged with before and limit', async () => {
      const { store } = await open();
      await store.append([entry(), entry({ field: 'unit', from: 'A', to: 'B' })]);
      await store.append([entry({ cardId: 'c2', change: 'created', to: 'Nytt kort', from: undefined })]);
      await store.append([entry({ boardId: 'b2' })]);
      const all = await store.list('b1', { limit: 10 });
      expect(all.map((e) => [e.cardId, e.field])).toEqual([['c2', 'effect'], ['c1', 'unit'], ['c1', 'effect']]);
      expect(all[2]).toEqual({ ...entry(), id: all[2]!.id });
      expect(all[0]).not.toHaveProperty('from');
      expect((await store.list('b1', { cardId: 'c1', limit: 10 })).map((e) => e.field)).toEqual(['unit', 'effect']);
      expect((await store.list('b1', { limit: 1, before: all[0]!.id })).map((e) => e.field)).toEqual(['unit']);
    });

    it('[HIST7] lists a board’s (or a card’s) entries at or after a time, by the time an amend moved them to, newest first', async () => {
      const { store } = await open();
      await store.append([entry({ at: '2025-04-15T08:00:00.000Z', field: 'unit', from: 'A', to: 'B' })]);
      await store.append([entry({ at: '2025-04-20T08:00:00.000Z', cardId: 'c2' })]);
      await store.append([entry({ at: '2025-04-25T08:00:00.000Z', boardId: 'b2' })]);
      const since = '2025-04-20T08:00:00.000Z';
      expect((await store.list('b1', { since, limit: 10 })).map((e) => e.cardId)).toEqual(['c2']);
      // The unit entry, amended after `since`, now counts from its new time (HIST3).
      const unit = await store.latest('b1', 'c1', 'unit');
      await store.amend(unit!.id, { at: '2025-04-22T08:00:00.000Z', to: 'C' });
      const after = await store.list('b1', { since, limit: 10 });
      expect(after.map((e) => [e.cardId, e.field, e.to])).toEqual([['c2', 'effect', 15_000], ['c1', 'unit', 'C']]);
      expect((await store.list('b1', { since, cardId: 'c1', limit: 10 })).map((e) => e.field)).toEqual(['unit']);
      expect((await store.list('b1', { since, limit: 1 })).map((e) => e.cardId)).toEqual(['c2']);
      expect((await store.list('b1', { since, before: after[0]!.id, limit: 10 })).map((e) => e.cardId)).toEqual(['c1']);
      expect(await store.list('b1', { since: '2025-05-01T00:00:00.000Z', limit: 10 })).toEqual([]);
    });

    it('[HIST8] remove forgets one entry and keeps the others', async () => {
      const { store } = await open();
      await store.append([entry({ field: 'effect', from: 1, to: 2 }), entry({ field: 'unit', from: 'A', to: 'B' })]);
      const effect = await store.latest('b1', 'c1', 'effect');
      await store.remove(effect!.id);
      expect((await store.list('b1', { limit: 10 })).map((e) => e.field)).toEqual(['unit']);
    });

    it('[HIST5] deleteBoard forgets one board’s entries and keeps the others’', async () => {
      const { store } = await open();
      await store.append([entry(), entry({ boardId: 'b2' })]);
      await store.deleteBoard('b1');
      expect(await store.list('b1', { limit: 10 })).toEqual([]);
      expect((await store.list('b2', { limit: 10 })).map((e) => e.boardId)).toEqual(['b2']);
    });

    it('[HIST3] finds a field’s latest entry and amends it', async () => {
      const { store } = await open();
      await store.append([entry(), entry({ cardId: null, field: 'columns', change: 'board', from: undefined, to: undefined })]);
      const latest = await store.latest('b1', 'c1', 'effect');
      expect(latest).toMatchObject({ from: 20_000, to: 15_000 });
      await store.amend(latest!.id, { at: '2025-04-15T08:20:00.000Z', to: 12_000 });
      expect(await store.latest('b1', 'c1', 'effect')).toMatchObject({ at: '2025-04-15T08:20:00.000Z', from: 20_000, to: 12_000 });
      const board = await store.latest('b1', null, 'columns');
      expect(board).toMatchObject({ change: 'board', cardId: null });
      await store.amend(board!.id, { at: '2025-04-15T09:00:00.000Z' });
      expect((await store.latest('b1', null, 'columns'))?.at).toBe('2025-04-15T09:00:00.000Z');
      expect(await store.latest('b1', 'c9', 'effect')).toBeUndefined();
    });

    if (options.durable) {
      it('[HIST1] keeps entries across closing and reopening', async () => {
        const { store, reopen } = await open();
        await store.append([entry({ to: ['Anna', 'Bo'] })]);
        const again = await reopen!();
        expect((await again.list('b1', { limit: 5 }))[0]).toMatchObject({ to: ['Anna', 'Bo'] });
      });
    }
  });
}
