import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { readStoredBoard } from '../../server/storage/checkStoredBoards.ts';
import { SqliteStorage } from '../../server/storage/SqliteStorage.ts';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { createBoardAs } from '../helpers/serverAuth.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';
import { useChildServers } from '../seeds/childServers.ts';
import { addCards, opsEnv, runTs, runTsAsync } from './opsCommands.ts';

// `npm run backup` beside a real server with a real client editing, and `npm run restore` (OPS7).
const { dataDir, start, stop } = useChildServers('tavla-ops-backup-');
const elsewhere = mkdtempSync(join(tmpdir(), 'tavla-ops-backups-'));
afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));
const dbFile = join(dataDir, 'tavla.db');
const restore = (file: string) => runTs('server/restoreCommand.ts', [file], opsEnv(dataDir));
/** A board's top-level maps as JSON: Y.Doc's own toJSON leaves out the types a client has not asked for yet. */
const boardJson = (doc: Y.Doc) => Object.fromEntries(['meta', 'columns', 'cards', 'milestones'].map((name) => [name, doc.getMap(name).toJSON()]));
const databaseBytes = () => ['', '-wal'].map((suffix) => (existsSync(dbFile + suffix) ? readFileSync(dbFile + suffix).toString('hex') : 'absent'));
/** The boards and their documents as stored: what a restore would replace (history lines may still land while a server runs). */
function storedBoards(): unknown[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return ['SELECT * FROM boards ORDER BY id', 'SELECT doc_id, hex(data) FROM doc_snapshots ORDER BY doc_id', 'SELECT seq, doc_id, hex(data) FROM doc_updates ORDER BY seq'].map((sql) => db.prepare(sql).all());
  } finally {
    db.close();
  }
}

/** Every board in a database file, id → its document as JSON, read from a copy so the file itself is not touched. */
async function boardsIn(file: string): Promise<Map<string, unknown>> {
  const copy = join(mkdtempSync(join(elsewhere, 'read-')), 'copy.db');
  copyFileSync(file, copy);
  const storage = new SqliteStorage(copy);
  const boards = new Map<string, unknown>();
  for (const board of await storage.listBoards({ includeArchived: true })) {
    const reading = readStoredBoard(await storage.loadDoc(board.id));
    if (!reading.readable) throw new Error(`${board.id} does not read: ${reading.detail}`);
    boards.set(board.id, boardJson(reading.doc));
  }
  await storage.close();
  return boards;
}

/** Every board the running server serves, id → its document as JSON, through real providers. */
async function boardsServed(url: string, token: string, ids: Iterable<string>): Promise<Map<string, unknown>> {
  const boards = new Map<string, unknown>();
  for (const id of ids) {
    const client = connectProvider(url, id, token);
    await synced(client);
    boards.set(id, boardJson(client.doc));
    client.destroy();
  }
  return boards;
}

describe('backup while the server runs, restore with it stopped (OPS7)', () => {
  it('[OPS7] a backup taken while a client edits holds a consistent state; restored, the server serves exactly that state, and the replaced database is kept', async () => {
    const server = await start();
    const boardId = await createBoardAs(server.url, server.token, 'Säkerhetskopierad', 'general');
    await addCards(server.url, server.token, boardId, ['Före kopian']);

    // A real client keeps adding cards while the backup runs.
    const editor = connectProvider(server.url, boardId, server.token);
    await synced(editor);
    const column = readColumns(editor.doc)[0]!.id;
    const added: string[] = [];
    const backupFile = join(elsewhere, 'tavla-backup.db');
    const backup = runTsAsync('server/backupCommand.ts', [backupFile], opsEnv(dataDir));
    let finished = false;
    void backup.then(() => (finished = true));
    while (!finished || added.length < 3) {
      added.push(`Medan kopian tas ${added.length + 1}`);
      createCard(editor.doc, { column, title: added.at(-1)! });
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    const done = await backup;
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toContain(`to ${backupFile}`);
    const atBackup = await boardsIn(backupFile);
    // Consistent: the cards stored before it, then a prefix of what the client was adding.
    const titles = Object.values((atBackup.get(boardId) as { cards: Record<string, { title: string }> }).cards).map((card) => card.title);
    expect(titles).toContain('Före kopian');
    const during = added.filter((title) => titles.includes(title));
    expect(during).toEqual(added.slice(0, during.length));
    editor.destroy();

    // Things change after the backup.
    const later = await createBoardAs(server.url, server.token, 'Efter kopian', 'general');
    await addCards(server.url, server.token, boardId, ['Efter kopian']);

    // Not while the server runs, and never from a file that is not a Tavla database: nothing changes.
    const before = storedBoards();
    const refused = restore(backupFile);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`A Tavla server (pid ${server.process.pid}) is running on ${dataDir}: stop it before npm run restore`);
    expect(storedBoards()).toEqual(before);
    await stop(server);
    const garbage = join(elsewhere, 'garbage.db');
    writeFileSync(garbage, 'inte en säkerhetskopia');
    const stopped = databaseBytes();
    const bad = restore(garbage);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`${garbage} is not an SQLite database`);
    expect(databaseBytes()).toEqual(stopped);

    const restored = restore(backupFile);
    expect(restored.status, restored.stderr).toBe(0);
    const kept = readdirSync(dataDir).find((name) => name.startsWith('tavla.db.before-restore-') && !name.endsWith('-wal'));
    expect(kept).toBeDefined();
    expect((await boardsIn(join(dataDir, kept!))).has(later)).toBe(true);

    const after = await start();
    // Boards and meetings are rows of one registry, listed by two routes (MTS1).
    const listed = async (path: string) => (await (await fetch(`${after.url}${path}`, { headers: { authorization: `Bearer ${after.token}` } })).json()) as { id: string }[];
    const served = [...(await listed('/api/boards')), ...(await listed('/api/meetings'))];
    expect(served.map((board) => board.id).sort()).toEqual([...atBackup.keys()].sort());
    expect(await boardsServed(after.url, after.token, atBackup.keys())).toEqual(atBackup);
    await stop(after);
  });

  it('[OPS7] a backup never replaces an existing file', () => {
    const existing = join(elsewhere, 'exists.db');
    writeFileSync(existing, 'keep me');
    const refused = runTs('server/backupCommand.ts', [existing], opsEnv(dataDir));
    expect(refused.status).toBe(1);
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
  });
});
