import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgendaItem } from '../../../shared/meeting/agendaOps.ts';
import { getAgenda } from '../../../shared/meeting/meetingDoc.ts';
import { initBoard } from '../../../shared/ops/board.ts';
import { createMeeting } from '../../../server/meetings/createMeeting.ts';
import { checkStoredBoards } from '../../../server/storage/checkStoredBoards.ts';
import { salvageBoard } from '../../../server/salvageBoard.ts';
import { MemoryStorage } from '../../../server/storage/MemoryStorage.ts';
import { SqliteStorage } from '../../../server/storage/SqliteStorage.ts';
import type { Storage } from '../../../server/storage/Storage.ts';
import { appendEdit } from '../../helpers/serverAttacker.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { openRawSocket } from '../../helpers/serverRawSocket.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const STORES: [string, () => Storage][] = [
  ['memory', () => new MemoryStorage()],
  [
    'SQLite',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'tavla-meetings-'));
      dirs.push(dir);
      return new SqliteStorage(join(dir, 'tavla.db'));
    },
  ],
];

/** The document of a board, as createBoard would store it. */
const boardState = (): Uint8Array => {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Åtgärder', kind: 'measures' });
  return Y.encodeStateAsUpdate(doc);
};

describe.each(STORES)('a meeting in the %s store (MTS1)', (_name, open) => {
  it('[MTS1][STO1] is a registry row of kind meeting: created, read back and listed beside the boards', async () => {
    const storage = open();
    const record = await createMeeting(storage, { id: 'mote-april', title: 'HSF ledningsgrupp, april 2025', date: '2025-04-15' }, { now: new Date('2025-04-01T08:00:00.000Z') });
    expect(record).toEqual({ id: 'mote-april', title: 'HSF ledningsgrupp, april 2025', kind: 'meeting', createdAt: '2025-04-01T08:00:00.000Z', updatedAt: '2025-04-01T08:00:00.000Z', archived: false });
    expect(await storage.getBoard('mote-april')).toEqual(record);
    expect((await storage.listBoards()).map((board) => board.kind)).toEqual(['meeting']);
    await storage.close();
  });

  it('[MTS1][OPS3] the start-up check reads a meeting as a meeting: a valid one passes, one breaking its schema or holding a board is reported', async () => {
    const storage = open();
    await createMeeting(storage, { id: 'bra', title: 'Bra möte', date: '2025-04-15' });
    await createMeeting(storage, { id: 'trasig', title: 'Trasigt möte', date: '2025-04-15' });
    // An item of 0 minutes, written past the ops (which refuse it) as a broken tool would.
    await appendEdit(storage, 'trasig', (doc) => {
      addAgendaItem(doc, { id: 'i1', title: 'Punkt', minutes: 5, kind: 'information' });
      getAgenda(doc).get('i1')!.set('minutes', 0);
    });
    await storage.createBoard({ id: 'forkladd', title: 'Förklädd tavla', kind: 'meeting', createdAt: '2025-04-01T08:00:00.000Z', updatedAt: '2025-04-01T08:00:00.000Z', archived: false }, boardState());
    await storage.createBoard({ id: 'tavla', title: 'Åtgärder', kind: 'measures', createdAt: '2025-04-01T08:00:00.000Z', updatedAt: '2025-04-01T08:00:00.000Z', archived: false }, boardState());
    const unreadable = await checkStoredBoards(storage);
    expect(unreadable.map(({ id, reason }) => ({ id, reason })).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'forkladd', reason: 'invalid_board' },
      { id: 'trasig', reason: 'invalid_board' },
    ]);
    expect(unreadable.find((board) => board.id === 'trasig')?.detail).toMatch(/agenda\.i1\.minutes/);
    await storage.close();
  });
});

describe('recovering a meeting (MTS1, OPS3)', () => {
  it('[MTS1][OPS3] keeps the parts that decode, puts back no board meta or columns, and judges the result by the meeting schema', async () => {
    const storage = new MemoryStorage();
    const record = await createMeeting(storage, { id: 'mote', title: 'Möte', date: '2025-04-15' });
    await appendEdit(storage, 'mote', (doc) => addAgendaItem(doc, { id: 'i1', title: 'COSMIC', minutes: 10, kind: 'information' }));
    const stored = await storage.loadDoc('mote');
    const parts = [{ label: 'snapshot', bytes: stored.snapshot! }, ...stored.updates.map((update) => ({ label: `update ${update.seq}`, bytes: update.data })), { label: 'garbage', bytes: new Uint8Array([0, 5, 1, 2, 3, 200, 200]) }];
    const salvage = salvageBoard(record, parts);
    expect([salvage.kept, salvage.repaired, salvage.issues]).toEqual([['snapshot', 'update 1'], [], []]);
    expect(salvage.dropped).toHaveLength(1);
    expect(getAgenda(salvage.doc).has('i1')).toBe(true);
    salvage.doc.destroy();
    // Only the snapshot: a meeting without the item, still a meeting; no "Återställd kolumn" in it.
    const bare = salvageBoard(record, parts.slice(0, 1));
    expect([bare.repaired, bare.issues, bare.doc.share.has('columns')]).toEqual([[], [], false]);
    bare.doc.destroy();
    await storage.close();
  });
});

describe('a stored meeting that does not read as one (MTS1, OPS3)', () => {
  const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });

  it('[MTS1][OPS3] its room, reading it by its registry kind, closes its clients with 4410 board_unreadable and changes nothing', async () => {
    await fx.storage.createBoard({ id: 'fel-mote', title: 'Förklädd tavla', kind: 'meeting', createdAt: '2025-04-01T08:00:00.000Z', updatedAt: '2025-04-01T08:00:00.000Z', archived: false }, boardState());
    const before = await fx.storage.loadDoc('fel-mote');
    const socket = openRawSocket(fx.wsUrl, 'fel-mote', fx.token);
    expect(await socket.closed).toEqual({ code: 4410, reason: 'board_unreadable' });
    expect(await fx.storage.loadDoc('fel-mote')).toEqual(before);
  });
});
