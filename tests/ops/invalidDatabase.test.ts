import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../server/storage/SqliteStorage.ts';
import { opsEnv, runTs } from './opsCommands.ts';

// A real server process on a DATA_DIR whose tavla.db is not a Tavla database (OPS2).
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function dataDirWith(write: (dbFile: string) => void): { dataDir: string; dbFile: string } {
  const dataDir = mkdtempSync(join(tmpdir(), 'tavla-ops-invalid-'));
  dirs.push(dataDir);
  const dbFile = join(dataDir, 'tavla.db');
  write(dbFile);
  return { dataDir, dbFile };
}

/** Starts server/main.ts on `dataDir` and expects a refusal naming `problem`, with the database file as it was. */
function expectRefused(dataDir: string, file: string, problem: string): void {
  const before = existsSync(file) ? readFileSync(file) : undefined;
  const started = runTs('server/main.ts', [], opsEnv(dataDir, 0));
  expect(started.status, `the server should refuse at once:\n${started.stderr}`).toBe(1);
  expect(started.stderr).toContain(`The server does not start: ${join(dataDir, 'tavla.db')} ${problem}`);
  expect(started.stderr).toContain('npm run restore');
  expect(started.stdout).not.toContain('created the account');
  if (before) expect(readFileSync(file).equals(before)).toBe(true);
  else expect(existsSync(file)).toBe(false);
}

describe('a DATA_DIR whose database is not Tavla\'s (OPS2)', () => {
  it('[OPS2] a zero-length tavla.db is refused, not started over as a new install; the file stays empty', () => {
    const { dataDir, dbFile } = dataDirWith((file) => writeFileSync(file, ''));
    expectRefused(dataDir, dbFile, 'is empty (0 bytes)');
  });

  it('[OPS2] a tavla.db of bytes that are not SQLite is refused and left as it is', () => {
    const text = 'Det här är ingen databas.\n'.repeat(200);
    const { dataDir, dbFile } = dataDirWith((file) => writeFileSync(file, text));
    expectRefused(dataDir, dbFile, `is not an SQLite database (${Buffer.byteLength(text)} bytes)`);
  });

  it('[OPS2] an SQLite file of another program is refused and left as it is', () => {
    const { dataDir, dbFile } = dataDirWith((file) => {
      const db = new Database(file);
      db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('annat program')");
      db.close();
    });
    expectRefused(dataDir, dbFile, "is an SQLite database, but not Tavla's (no boards, doc_snapshots, doc_updates table)");
  });

  it('[OPS2] a damaged Tavla database (cut short) is refused and left as it is', async () => {
    const { dataDir, dbFile } = dataDirWith(() => undefined);
    const storage = new SqliteStorage(dbFile);
    await storage.createBoard({ id: 'b1', title: 'Tavla', kind: 'general', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', archived: false }, new Uint8Array(40_000).fill(7));
    await storage.close();
    truncateSync(dbFile, 3 * 4096);
    const started = runTs('server/main.ts', [], opsEnv(dataDir, 0));
    expect(started.status, started.stderr).toBe(1);
    expect(started.stderr).toMatch(/The server does not start: .*tavla\.db (is damaged|cannot be read)/);
    expect(readFileSync(dbFile).length).toBe(3 * 4096);
  });

  it('[OPS2] a write-ahead log without its database is refused: its commits are not thrown away by a fresh start', () => {
    const { dataDir, dbFile } = dataDirWith((file) => writeFileSync(`${file}-wal`, 'wal-bytes'));
    expectRefused(dataDir, dbFile, `is missing, but its write-ahead log ${dbFile}-wal is there`);
    expect(readFileSync(`${dbFile}-wal`, 'utf8')).toBe('wal-bytes');
  });
});
