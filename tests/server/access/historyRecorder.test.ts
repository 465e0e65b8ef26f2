import { describe, expect, it } from 'vitest';
import { COALESCE_MS, HistoryRecorder } from '../../../server/history/HistoryRecorder.ts';
import type { NewHistoryEntry } from '../../../server/storage/HistoryStore.ts';
import { MemoryHistoryStore } from '../../../server/storage/MemoryHistoryStore.ts';

const at = (minutes: number) => new Date(Date.UTC(2025, 3, 15, 8, minutes)).toISOString();
const effect = (minutes: number, from: number, to: number, userId = 'anna'): NewHistoryEntry => ({
  boardId: 'b1',
  at: at(minutes),
  userId,
  actor: userId,
  cardId: 'c1',
  field: 'effect',
  change: 'set',
  from,
  to,
});

describe('coalescing (HIST3)', () => {
  it('[HIST3] one person changing one field within ten minutes is one entry from the first value to the last', async () => {
    const store = new MemoryHistoryStore();
    const recorder = new HistoryRecorder(store);
    await recorder.record([effect(0, 20_000, 18_000)]);
    await recorder.record([effect(5, 18_000, 15_000)]);
    const entries = await store.list('b1', { limit: 10 });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ from: 20_000, to: 15_000, at: at(5) });
  });

  it('[HIST3] another person in between, or a pause past the window, starts a new entry', async () => {
    const store = new MemoryHistoryStore();
    const recorder = new HistoryRecorder(store);
    await recorder.record([effect(0, 20_000, 18_000)]);
    await recorder.record([effect(1, 18_000, 17_000, 'bo')]);
    await recorder.record([effect(2, 17_000, 16_000)]);
    await recorder.record([effect(2 + COALESCE_MS / 60_000, 16_000, 15_000)]);
    expect((await store.list('b1', { limit: 10 })).map((e) => [e.userId, e.from, e.to])).toEqual([
      ['anna', 16_000, 15_000],
      ['anna', 17_000, 16_000],
      ['bo', 18_000, 17_000],
      ['anna', 20_000, 18_000],
    ]);
  });
});

describe('no change, no entry (HIST8)', () => {
  it('[HIST8] a value set to what it was leaves no entry, and neither does a coalesced change that comes back to its first value', async () => {
    const store = new MemoryHistoryStore();
    const recorder = new HistoryRecorder(store);
    await recorder.record([effect(0, 7_000, 7_000)]);
    expect(await store.list('b1', { limit: 10 })).toEqual([]);
    await recorder.record([effect(1, 7_000, 8_000)]);
    await recorder.record([effect(2, 8_000, 7_000)]);
    expect(await store.list('b1', { limit: 10 })).toEqual([]);
    // A later change of the field starts a new entry from the value it has.
    await recorder.record([effect(3, 7_000, 9_000)]);
    expect((await store.list('b1', { limit: 10 })).map((e) => [e.from, e.to])).toEqual([[7_000, 9_000]]);
  });
});
