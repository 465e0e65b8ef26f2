import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardExistsError, SeriesMovedError, type BoardRecord, type Storage } from '../../../server/storage/Storage.ts';

/** Makes a fresh, empty storage with the given clock; `reopen` (when the storage is durable) closes it and opens the same data again. */
export type StorageFactory = (now: () => Date) => Promise<{ storage: Storage; reopen?: () => Promise<Storage> }>;

const board = (id: string, at: string, title = `Tavla ${id}`): BoardRecord => ({
  id,
  title,
  kind: 'measures',
  createdAt: at,
  updatedAt: at,
  archived: false,
});

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

/** An update that sets `key` in the doc's `meta` map, made on a throwaway doc. */
function metaUpdate(key: string, value: string, base?: Y.Doc): Uint8Array {
  const doc = new Y.Doc();
  if (base) Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  doc.getMap('meta').set(key, value);
  return Y.encodeStateAsUpdate(doc, before);
}

/**
 * The storage contract (STO1-STO9, server/SPEC.md). Every Storage implementation
 * runs this same suite, so PostgreSQL can later prove itself against it.
 */
export function runStorageContract(name: string, factory: StorageFactory, options: { durable?: boolean } = {}): void {
  describe(`storage contract: ${name}`, () => {
    let clock = new Date('2025-01-01T00:00:00.000Z');
    const now = () => clock;
    const opened: Storage[] = [];
    const open = async () => {
      clock = new Date('2025-01-01T00:00:00.000Z');
      const made = await factory(now);
      opened.push(made.storage);
      return made;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((storage) => storage.close()));
    });

    it('[STO1] createBoard registers the board with its first state; a taken id is refused and the first board stays', async () => {
      const { storage } = await open();
      await storage.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(1, 2, 3));
      expect(await storage.getBoard('a')).toEqual(board('a', '2025-01-01T00:00:00.000Z'));
      expect(await storage.loadDoc('a')).toEqual({ snapshot: bytes(1, 2, 3), updates: [], generation: 1 });
      await expect(storage.createBoard(board('a', '2025-02-01T00:00:00.000Z', 'Other'), bytes(9))).rejects.toBeInstanceOf(BoardExistsError);
      expect((await storage.getBoard('a'))?.title).toBe('Tavla a');
      expect((await storage.loadDoc('a')).snapshot).toEqual(bytes(1, 2, 3));
    });

    it('[STO1] unknown ids: getBoard is undefined, loadDoc is empty, archiveBoard is false, touchBoard does nothing', async () => {
      const { storage } = await open();
      expect(await storage.getBoard('nope')).toBeUndefined();
      expect(await storage.loadDoc('nope')).toEqual({ updates: [], generation: 0 });
      expect(await storage.archiveBoard('nope')).toBe(false);
      await storage.touchBoard('nope', { title: 'x' });
      expect(await storage.listBoards({ includeArchived: true })).toEqual([]);
    });

    it('[STO9] deleteBoard removes the record, the snapshot and every update, and leaves other boards alone', async () => {
      const { storage } = await open();
      await storage.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(1));
      await storage.createBoard(board('b', '2025-01-01T00:00:00.000Z'), bytes(2));
      await storage.appendUpdate('a', bytes(3));
      await storage.appendUpdate('b', bytes(4));
      expect(await storage.deleteBoard('a')).toBe(true);
      expect(await storage.getBoard('a')).toBeUndefined();
      expect(await storage.loadDoc('a')).toEqual({ updates: [], generation: 0 });
      expect(await storage.deleteBoard('a')).toBe(false);
      expect((await storage.loadDoc('b')).updates.map((u) => u.data)).toEqual([bytes(4)]);
      await storage.createBoard(board('a', '2025-02-01T00:00:00.000Z'), bytes(5));
      expect(await storage.loadDoc('a')).toEqual({ snapshot: bytes(5), updates: [], generation: 1 });
    });

    it('[STO2] listBoards: newest update first, ties by id, archived only when asked for', async () => {
      const { storage } = await open();
      await storage.createBoard(board('b', '2025-01-01T00:00:00.000Z'), bytes(0));
      await storage.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(0));
      await storage.createBoard(board('c', '2025-01-02T00:00:00.000Z'), bytes(0));
      expect((await storage.listBoards()).map((b) => b.id)).toEqual(['c', 'a', 'b']);
      expect(await storage.archiveBoard('c')).toBe(true);
      expect((await storage.listBoards()).map((b) => b.id)).toEqual(['a', 'b']);
      const all = await storage.listBoards({ includeArchived: true });
      expect(all.map((b) => [b.id, b.archived])).toEqual([['c', true], ['a', false], ['b', false]]);
    });

    it('[STO3] appendUpdate: seq strictly increasing, updates loaded in order and byte-equal, board marked updated', async () => {
      const { storage } = await open();
      await storage.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(0));
      clock = new Date('2025-03-04T05:06:07.000Z');
      const seqs = [await storage.appendUpdate('a', bytes(1)), await storage.appendUpdate('a', bytes(2, 2)), await storage.appendUpdate('a', bytes(3))];
      expect(seqs[0]! < seqs[1]! && seqs[1]! < seqs[2]!).toBe(true);
      const stored = await storage.loadDoc('a');
      expect(stored.updates).toEqual([
        { seq: seqs[0], data: bytes(1) },
        { seq: seqs[1], data: bytes(2, 2) },
        { seq: seqs[2], data: bytes(3) },
      ]);
      expect((await storage.getBoard('a'))?.updatedAt).toBe('2025-03-04T05:06:07.000Z');
    });

    it('[STO4] compact replaces the snapshot and drops the updates it names; one appended during compaction survives', async () => {
      const { storage } = await open();
      await storage.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(0));
      const first = await storage.appendUpdate('a', bytes(1));
      const second = await storage.appendUpdate('a', bytes(2));
      // The snapshot was taken after `second`; `late` arrives before compact is called.
      const late = await storage.appendUpdate('a', bytes(3));
      expect(await storage.compact('a', bytes(7, 7), { seqs: [first, second], generation: 1 })).toBe(true);
      expect(await storage.loadDoc('a')).toEqual({ snapshot: bytes(7, 7), updates: [{ seq: late, data: bytes(3) }], generation: 2 });
      const after = await storage.appendUpdate('a', bytes(4));
      expect(after > late && late > second && second > first).toBe(true);
    });

    it('[STO4] compaction leaves other documents alone', async () => {
      const { storage } = await open();
      await storage.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(0));
      await storage.createBoard(board('b', '2025-01-01T00:00:00.000Z'), bytes(5));
      const a = await storage.appendUpdate('a', bytes(1));
      const b = await storage.appendUpdate('b', bytes(2));
      await storage.compact('a', bytes(9), { seqs: [a, b], generation: 1 });
      expect(await storage.loadDoc('b')).toEqual({ snapshot: bytes(5), updates: [{ seq: b, data: bytes(2) }], generation: 1 });
    });

    it('[STO5] snapshot plus updates rebuild the same Yjs document, before and after compaction', async () => {
      const { storage } = await open();
      const source = new Y.Doc();
      source.getMap('meta').set('title', 'Start');
      await storage.createBoard(board('a', '2025-01-01T00:00:00.000Z'), Y.encodeStateAsUpdate(source));
      for (const [key, value] of [['title', 'Ny'], ['kind', 'measures'], ['laneField', 'unit']] as const) {
        const update = metaUpdate(key, value, source);
        Y.applyUpdate(source, update);
        await storage.appendUpdate('a', update);
      }
      const rebuild = async () => {
        const stored = await storage.loadDoc('a');
        const doc = new Y.Doc();
        if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
        for (const update of stored.updates) Y.applyUpdate(doc, update.data);
        return doc.getMap('meta').toJSON();
      };
      expect(await rebuild()).toEqual(source.getMap('meta').toJSON());
      const { updates, generation } = await storage.loadDoc('a');
      await storage.compact('a', Y.encodeStateAsUpdate(source), { seqs: updates.map((update) => update.seq), generation });
      expect(await rebuild()).toEqual({ title: 'Ny', kind: 'measures', laneField: 'unit' });
    });

    it('[STO10] a compaction deletes only the updates it names: rows another writer appended stay, and a stale generation changes nothing', async () => {
      const { storage } = await open();
      await storage.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(0));
      const { generation } = await storage.loadDoc('a');
      const mine = await storage.appendUpdate('a', bytes(1));
      const theirs = await storage.appendUpdate('a', bytes(2));
      const alsoMine = await storage.appendUpdate('a', bytes(3));
      expect(await storage.compact('a', bytes(8), { seqs: [mine, alsoMine], generation })).toBe(true);
      expect(await storage.loadDoc('a')).toEqual({ snapshot: bytes(8), updates: [{ seq: theirs, data: bytes(2) }], generation: generation + 1 });
      // The other writer built its snapshot on the generation both loaded: its compaction would drop `mine`.
      expect(await storage.compact('a', bytes(9), { seqs: [theirs], generation })).toBe(false);
      expect(await storage.loadDoc('a')).toEqual({ snapshot: bytes(8), updates: [{ seq: theirs, data: bytes(2) }], generation: generation + 1 });
    });

    it('[CID1] appendUpdate binds new client ids with the update; a bound id keeps its first owner; deleteBoard forgets them', async () => {
      const { storage } = await open();
      await storage.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(0));
      await storage.createBoard(board('b', '2025-01-01T00:00:00.000Z'), bytes(0));
      expect(await storage.loadClientOwners('a')).toEqual(new Map());
      await storage.appendUpdate('a', bytes(1), new Map([[11, 'user:anna'], [12, 'user:anna']]));
      await storage.appendUpdate('a', bytes(2), new Map([[11, 'user:bo'], [13, 'user:bo']]));
      await storage.appendUpdate('b', bytes(3), new Map([[11, 'user:bo']]));
      expect(await storage.loadClientOwners('a')).toEqual(new Map([[11, 'user:anna'], [12, 'user:anna'], [13, 'user:bo']]));
      expect(await storage.loadClientOwners('b')).toEqual(new Map([[11, 'user:bo']]));
      await storage.deleteBoard('a');
      expect(await storage.loadClientOwners('a')).toEqual(new Map());
    });

    it('[STO6] touchBoard sets updatedAt and, when given, the title', async () => {
      const { storage } = await open();
      await storage.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(0));
      clock = new Date('2025-06-01T00:00:00.000Z');
      await storage.touchBoard('a');
      expect(await storage.getBoard('a')).toMatchObject({ title: 'Tavla a', updatedAt: '2025-06-01T00:00:00.000Z', createdAt: '2025-01-01T00:00:00.000Z' });
      await storage.touchBoard('a', { title: 'Omdöpt' });
      expect((await storage.getBoard('a'))?.title).toBe('Omdöpt');
    });

    it('[STO7] stored bytes are copies: changing a buffer after handing it over changes nothing', async () => {
      const { storage } = await open();
      const initial = bytes(1, 1);
      await storage.createBoard(board('a', '2025-01-01T00:00:00.000Z'), initial);
      const update = bytes(2, 2);
      await storage.appendUpdate('a', update);
      initial[0] = 9;
      update[0] = 9;
      const loaded = await storage.loadDoc('a');
      expect(loaded.snapshot).toEqual(bytes(1, 1));
      expect(loaded.updates[0]?.data).toEqual(bytes(2, 2));
      loaded.updates[0]!.data[1] = 9;
      expect((await storage.loadDoc('a')).updates[0]?.data).toEqual(bytes(2, 2));
    });

    it('[MTS16] a paragraph series starts at 0 and is raised only with an append, each group and year on its own', async () => {
      const { storage } = await open();
      const hsf = { series: 'group:HSF ledningsgrupp', year: 2025 };
      await storage.createBoard(board('m', '2025-01-01T00:00:00.000Z'), bytes(0));
      expect(await storage.lastParagraph(hsf)).toBe(0);
      const seq = await storage.appendUpdate('m', bytes(1), undefined, { raise: { series: hsf, from: 0, to: 3 } });
      expect(await storage.lastParagraph(hsf)).toBe(3);
      expect(await storage.lastParagraph({ ...hsf, year: 2026 })).toBe(0);
      expect(await storage.lastParagraph({ series: 'meeting:m', year: 2025 })).toBe(0);
      expect((await storage.loadDoc('m')).updates).toEqual([{ seq, data: bytes(1) }]);
    });

    it('[MTS16] a raise from a number the series has left is refused whole: nothing appended, the counter where it was', async () => {
      const { storage } = await open();
      const hsf = { series: 'group:HSF ledningsgrupp', year: 2025 };
      await storage.createBoard(board('m', '2025-01-01T00:00:00.000Z'), bytes(0));
      await storage.appendUpdate('m', bytes(1), undefined, { raise: { series: hsf, from: 0, to: 2 } });
      const refused = storage.appendUpdate('m', bytes(2), new Map([[7, 'server']]), { raise: { series: hsf, from: 0, to: 1 } });
      await expect(refused).rejects.toBeInstanceOf(SeriesMovedError);
      expect(await storage.lastParagraph(hsf)).toBe(2);
      expect((await storage.loadDoc('m')).updates.map((u) => u.data)).toEqual([bytes(1)]);
      expect(await storage.loadClientOwners('m')).toEqual(new Map());
    });

    if (options.durable) it('[STO8] a durable storage keeps boards, snapshots, updates and seq order across reopening', async () => {
      const made = await open();
      if (!made.reopen) throw new Error('a durable storage factory must provide reopen');
      const { storage } = made;
      await storage.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(1));
      const seq = await storage.appendUpdate('a', bytes(2), new Map([[7, 'user:u1']]));
      await storage.archiveBoard('a');
      const expectedBoard = await storage.getBoard('a');
      const reopened = await made.reopen();
      opened.push(reopened);
      expect(await reopened.getBoard('a')).toEqual(expectedBoard);
      expect(await reopened.loadDoc('a')).toEqual({ snapshot: bytes(1), updates: [{ seq, data: bytes(2) }], generation: 1 });
      expect(await reopened.loadClientOwners('a')).toEqual(new Map([[7, 'user:u1']]));
      expect(await reopened.appendUpdate('a', bytes(3))).toBeGreaterThan(seq);
    });

    if (options.durable) it('[MTS16][STO8] a paragraph series keeps its last number across reopening', async () => {
      const made = await open();
      const series = { series: 'group:HSF ledningsgrupp', year: 2025 };
      await made.storage.createBoard(board('m', '2025-01-01T00:00:00.000Z'), bytes(0));
      await made.storage.appendUpdate('m', bytes(1), undefined, { raise: { series, from: 0, to: 4 } });
      const reopened = await made.reopen!();
      opened.push(reopened);
      expect(await reopened.lastParagraph(series)).toBe(4);
    });
  });
}
