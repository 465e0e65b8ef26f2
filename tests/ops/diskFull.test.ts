import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../seeds/seedStorage.ts';
import { readStoredBoard } from '../../server/storage/checkStoredBoards.ts';
import { SqliteStorage } from '../../server/storage/SqliteStorage.ts';
import { getCardsMap } from '../../shared/doc.ts';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { addUserAndLogin, authHeaders, setMember, TEST_ADMIN_PASSWORD } from '../helpers/serverAuth.ts';
import { startChildServer, type ChildServer } from '../helpers/serverChild.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';
import { settle, waitFor } from '../helpers/serverWait.ts';

// A real server on a real full disk: DATA_DIR on a small tmpfs, filled up while the server runs (OPS6).
const mountPoint = mkdtempSync(join(tmpdir(), 'tavla-ops-full-'));
const dataDir = join(mountPoint, 'data');
const filler = join(mountPoint, 'filler');
const BOARD = 'hsf-atgarder';
let server: ChildServer | undefined;

beforeAll(() => {
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mountPoint], { encoding: 'utf8' });
  if (mounted.status !== 0) throw new Error(`this test needs a real full disk: \`mount -t tmpfs\` was refused (run it as root): ${mounted.stderr || mounted.error?.message}`);
});
afterAll(async () => {
  if (server) {
    server.process.kill('SIGKILL');
    await server.exited;
  }
  spawnSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

/** Writes `filler` until the file system is full. */
function fillDisk(): void {
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  // What is left is less than one chunk: fill that too, byte by byte in small pieces.
  const rest = openSync(filler, 'a');
  try {
    for (;;) writeSync(rest, Buffer.alloc(512, 1));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(rest);
  }
}

/** The card titles of the board as stored in the SQLite file (read after the server stopped). */
async function storedTitles(): Promise<string[]> {
  const storage = new SqliteStorage(join(dataDir, 'tavla.db'));
  try {
    const reading = readStoredBoard(await storage.loadDoc(BOARD));
    if (!reading.readable) throw new Error(reading.detail);
    return [...getCardsMap(reading.doc).values()].map((card) => String(card.get('title')));
  } finally {
    await storage.close();
  }
}

const boardCount = () => {
  const db = new Database(join(dataDir, 'tavla.db'), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM boards').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('a full disk under a running server (OPS6)', () => {
  it('[OPS6] closes only the editor (1013, storage_unavailable), keeps a viewer connected, answers REST writes and logins 503 with Retry-After, stores nothing; once there is room the editor reconnects by itself and its edit is stored', async () => {
    // Seeded and stopped once, so the second start's write-ahead log begins small and must grow on the full disk.
    const first = await startChildServer(dataDir);
    first.process.kill('SIGTERM');
    await first.exited;
    server = await startChildServer(dataDir);
    const { url, token } = server;
    const viewerToken = await addUserAndLogin(url, token, { username: 'vera', displayName: 'Vera Visare', password: 'Vera tittar på tavlan 2026' });
    await setMember(url, token, BOARD, 'vera', 'viewer');

    const viewer = connectProvider(url, BOARD, viewerToken);
    let viewerCloses = 0;
    viewer.provider.on('connection-close', () => viewerCloses++);
    const editor = connectProvider(url, BOARD, token);
    const editorCloses: number[] = [];
    editor.provider.on('connection-close', (event) => editorCloses.push(event?.code ?? 0));
    await Promise.all([synced(viewer), synced(editor)]);
    const cardsBefore = getCardsMap(viewer.doc).size;

    fillDisk();
    const title = 'Skrivet på en full disk';
    createCard(editor.doc, { column: readColumns(editor.doc)[0]!.id, title });
    await waitFor(() => editorCloses.includes(1013), 'the editor to be closed with storage_unavailable');

    const created = await fetch(`${url}/api/boards`, { method: 'POST', headers: authHeaders(token), body: JSON.stringify({ title: 'Ny tavla på full disk', kind: 'general' }) });
    expect(created.status).toBe(503);
    expect(created.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await created.json()).toMatchObject({ error: 'storage_unavailable' });
    const login = () => fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: TEST_ADMIN_PASSWORD }) });
    // More logins than the throttle lets fail (SEC3): a 503 is no failed guess, so none of them counts.
    for (let i = 0; i < 8; i++) {
      const refused = await login();
      expect(refused.status).toBe(503);
      expect(await refused.json()).toMatchObject({ error: 'storage_unavailable' });
    }
    // Reading still works, and the viewer saw nothing that was not stored.
    expect((await fetch(`${url}/api/boards`, { headers: authHeaders(token) })).status).toBe(200);
    await settle(300);
    expect(getCardsMap(viewer.doc).size).toBe(cardsBefore);
    expect(viewerCloses).toBe(0);

    rmSync(filler);
    await waitFor(() => [...getCardsMap(viewer.doc).values()].some((card) => String(card.get('title')) === title), 'the edit to reach the viewer once there is room');
    expect(viewerCloses).toBe(0);
    expect(getCardsMap(viewer.doc).size).toBe(cardsBefore + 1);
    expect((await login()).status).toBe(200);
    viewer.destroy();
    editor.destroy();

    server.process.kill('SIGTERM');
    await server.exited;
    server = undefined;
    expect((await storedTitles()).filter((stored) => stored === title)).toHaveLength(1);
    // The refused board was never created: the registry holds the seed boards and meetings only.
    expect(boardCount()).toBe(SEED_IDS.length);
  });
});
