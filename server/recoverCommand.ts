// `npm run recover -- <boardId> [--from-backup <file>]`: rebuilds a board whose stored bytes do
// not read as a board (OPS3, logged at start as board_unreadable). It keeps what still decodes:
// the snapshot, or with --from-backup the backup's copy of the board, and then every stored update
// that applies on it. The stored bytes are copied to DATA_DIR/recovered/ first, and the report
// says what was kept and what dropped. Holds DATA_DIR exclusively (OPS1): refused while a server runs.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { readStoredBoard } from './storage/checkStoredBoards.ts';
import { loadConfig } from './config.ts';
import { notABackup } from './copyDatabase.ts';
import { exitOnRefusal } from './exitOnRefusal.ts';
import { openDataDir } from './openDataDir.ts';
import { salvageBoard, type BoardPart } from './salvageBoard.ts';
import { SqliteStorage } from './storage/SqliteStorage.ts';
import type { StoredDoc } from './storage/Storage.ts';

const { boardId, backupFile } = parseArgs(process.argv.slice(2));
const backupProblem = backupFile && notABackup(backupFile);
if (backupProblem) {
  console.error(backupProblem);
  process.exit(1);
}

const { dataDir } = loadConfig();
const { dbFile, lock } = exitOnRefusal(() => openDataDir(dataDir, 'exclusive', 'npm run recover'));
const storage = new SqliteStorage(dbFile);
try {
  process.exitCode = await recover(storage);
} finally {
  await storage.close();
  lock.release();
}

/** Rebuilds the board and prints what it did; answers the exit code (1: nothing was changed, or the result still does not read). */
async function recover(storage: SqliteStorage): Promise<number> {
  const record = await storage.getBoard(boardId);
  if (!record) return refuse(`There is no board ${boardId} in ${dbFile}.`);
  const stored = await storage.loadDoc(boardId);
  const fromBackup = backupFile ? await backupCopy(backupFile, boardId) : undefined;
  if (backupFile && !fromBackup) return refuse(`The backup ${backupFile} holds no readable copy of board ${boardId}.`);
  const kept = keepBytes(stored);
  const base = fromBackup ? { label: `the copy in ${backupFile}`, bytes: fromBackup } : stored.snapshot && { label: 'the snapshot', bytes: stored.snapshot };
  const parts = [...(base ? [base] : []), ...stored.updates.map((update): BoardPart => ({ label: `update ${update.seq}`, bytes: update.data }))];
  const salvage = salvageBoard(record, parts);
  console.log(`Board ${boardId} ("${record.title}"). The stored bytes are kept in ${kept}.`);
  for (const label of salvage.kept) console.log(`  kept: ${label}`);
  for (const line of salvage.dropped) console.log(`  dropped: ${line}`);
  for (const line of salvage.repaired) console.log(`  put back: ${line}`);
  const snapshot = Y.encodeStateAsUpdate(salvage.doc);
  salvage.doc.destroy();
  if (salvage.issues.length > 0) return refuse(`The rebuilt board still breaks the schema (${salvage.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}).`);
  // The exclusive lock keeps every writer out, so the generation read above is still current.
  await storage.compact(boardId, snapshot, { seqs: stored.updates.map((update) => update.seq), generation: stored.generation });
  const check = readStoredBoard(await storage.loadDoc(boardId));
  if (!check.readable) {
    console.error(`Board ${boardId} still does not read: ${check.detail}`);
    return 1;
  }
  check.doc.destroy();
  console.log(`Board ${boardId} is rebuilt; it opens at the next start.`);
  return 0;
}

/** `<boardId> [--from-backup <file>]`, or the usage and exit code 2. */
function parseArgs(args: string[]): { boardId: string; backupFile?: string } {
  const [boardId, flag, file, ...rest] = args;
  if (boardId && !boardId.startsWith('--') && rest.length === 0) {
    if (flag === undefined) return { boardId };
    if (flag === '--from-backup' && file) return { boardId, backupFile: file };
  }
  console.error('usage: npm run recover -- <boardId> [--from-backup <file>]');
  process.exit(2);
}

function refuse(message: string): number {
  console.error(`${message} Nothing was changed.`);
  return 1;
}

/** Copies the board's stored bytes into DATA_DIR/recovered/<id>-<time>/ and answers that folder. */
function keepBytes(stored: StoredDoc): string {
  const folder = join(dataDir, 'recovered', `${boardId}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(folder, { recursive: true });
  if (stored.snapshot) writeFileSync(join(folder, 'snapshot.bin'), stored.snapshot);
  for (const update of stored.updates) writeFileSync(join(folder, `update-${update.seq}.bin`), update.data);
  return folder;
}

/** The backup's copy of the board as one update, or undefined when it has none that reads; the backup itself is only read (a copy is opened). */
async function backupCopy(file: string, id: string): Promise<Uint8Array | undefined> {
  const scratch = mkdtempSync(join(tmpdir(), 'tavla-recover-'));
  const copy = join(scratch, 'backup.db');
  copyFileSync(file, copy);
  const backup = new SqliteStorage(copy);
  try {
    if (!(await backup.getBoard(id))) return undefined;
    const reading = readStoredBoard(await backup.loadDoc(id));
    if (!reading.readable) return undefined;
    const bytes = Y.encodeStateAsUpdate(reading.doc);
    reading.doc.destroy();
    return bytes;
  } finally {
    await backup.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
