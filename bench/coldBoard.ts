import { schema as hocuspocusSchema, upsertQuery } from '@hocuspocus/extension-sqlite';
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { getCardsMap } from '../shared/doc.ts';
import { editCardText, moveCard, setCardText, updateCardField } from '../shared/ops/cards.ts';
import { readColumns } from '../shared/read/readColumns.ts';
import { createBoard } from '../server/boards/createBoard.ts';
import { SqliteStorage } from '../server/storage/SqliteStorage.ts';
import { mulberry32, type Rng } from '../tests/shared/helpers/prng.ts';
import { cardId, fillBoard } from './boardContent.ts';

/** The board every cold-load trial opens. */
export const COLD_BOARD_ID = 'cold-board';
/** The same number of cards without any history: what the content alone costs to load. */
export const PLAIN_BOARD_ID = 'plain-board';
/**
 * A board of as many cards, which a warm trial opens first: V8 has then compiled the server's
 * code for documents of that size, as on a server that has been running, and only the board is cold.
 */
export const WARM_UP_BOARD_ID = 'warm-up-board';

export interface ColdBoardFiles {
  /** A Tavla database holding the board as 1 snapshot + every update of its history. */
  tavlaBefore: string;
  /** The same board compacted: one snapshot, no updates (what the server's unload leaves). */
  tavlaAfter: string;
  /** Hocuspocus's database holding the same document state (it only ever stores whole states). */
  hocuspocus: string;
  /** Bytes: the update log before compaction, the compacted snapshot, and the plain board's snapshot. */
  logBytes: number;
  snapshotBytes: number;
  plainBytes: number;
}

const UNITS = ['Medicin', 'Kirurgi', 'Psykiatri', 'Primärvård'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyzåäö ';

/** One keystroke of someone writing a comment: a run of 20-200 characters into one card, then another card. */
function typeInto(doc: Y.Doc, typing: { card: string; left: number }, rng: Rng): void {
  if (typing.left === 0) Object.assign(typing, { card: cardId(rng.int(getCardsMap(doc).size)), left: 20 + rng.int(180) });
  typing.left--;
  const text = getCardsMap(doc).get(typing.card)!.get('comment') as Y.Text;
  editCardText(doc, typing.card, 'comment', text.length, 0, LETTERS[rng.int(LETTERS.length)]!);
}

/**
 * Builds the cold-load board in `dir` with the servers stopped, writing through the Storage
 * interface: a measures board, `cards` cards added in one update, then `history` small updates,
 * each its own transaction and its own appended row, as clients would have sent them (seeded:
 * half keystrokes typing comments, then field changes, retyped titles and moves). Then
 * copies it compacted, and into Hocuspocus's table. Each database also holds the same number of
 * cards without history (PLAIN_BOARD_ID) and a warm-up board like it (WARM_UP_BOARD_ID).
 */
export async function prepareColdBoard(dir: string, cards: number, history: number): Promise<ColdBoardFiles> {
  mkdirSync(join(dir, 'before'), { recursive: true });
  mkdirSync(join(dir, 'after'), { recursive: true });
  mkdirSync(join(dir, 'hocuspocus'), { recursive: true });
  const before = join(dir, 'before', 'tavla.db');
  const storage = new SqliteStorage(before);
  await createBoard(storage, { id: COLD_BOARD_ID, title: 'Kall start', kind: 'measures' });
  const doc = new Y.Doc();
  const stored = await storage.loadDoc(COLD_BOARD_ID);
  Y.applyUpdate(doc, stored.snapshot!);
  const log: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => log.push(update));
  fillBoard(doc, cards);
  const rng = mulberry32(0xc01d);
  const columns = readColumns(doc).map((column) => column.id);
  const typing = { card: cardId(0), left: 0 };
  for (let i = 0; i < history; i++) {
    const card = cardId(rng.int(cards));
    const roll = rng.next();
    if (roll < 0.5) typeInto(doc, typing, rng);
    else if (roll < 0.85) updateCardField(doc, card, 'unit', rng.pick(UNITS));
    else if (roll < 0.95) setCardText(doc, card, 'title', `Åtgärd ${card} v${i}`);
    else moveCard(doc, card, rng.pick(columns));
  }
  let logBytes = 0;
  for (const update of log) {
    await storage.appendUpdate(COLD_BOARD_ID, update);
    logBytes += update.length;
  }
  // The plain and the warm-up board, each stored as one snapshot.
  const plainState = await storeSnapshotBoard(storage, PLAIN_BOARD_ID, cards);
  const warmUpState = await storeSnapshotBoard(storage, WARM_UP_BOARD_ID, cards);
  await storage.close();

  // Compacted copy: the same rows (closing checkpointed the WAL into the file), then compact() as the server's unload does it.
  const after = join(dir, 'after', 'tavla.db');
  copyFileSync(before, after);
  const compacting = new SqliteStorage(after);
  const { updates, generation } = await compacting.loadDoc(COLD_BOARD_ID);
  const snapshot = Y.encodeStateAsUpdate(doc);
  await compacting.compact(COLD_BOARD_ID, snapshot, { seqs: updates.map((update) => update.seq), generation });
  await compacting.close();

  const hocuspocus = join(dir, 'hocuspocus', 'hocuspocus.db');
  const db = new Database(hocuspocus);
  db.exec(hocuspocusSchema);
  db.prepare(upsertQuery).run({ name: COLD_BOARD_ID, data: Buffer.from(snapshot) });
  db.prepare(upsertQuery).run({ name: PLAIN_BOARD_ID, data: Buffer.from(plainState) });
  db.prepare(upsertQuery).run({ name: WARM_UP_BOARD_ID, data: Buffer.from(warmUpState) });
  db.close();
  doc.destroy();
  return { tavlaBefore: before, tavlaAfter: after, hocuspocus, logBytes, snapshotBytes: snapshot.length, plainBytes: plainState.length };
}

/** Creates a measures board of `cards` cards stored as its snapshot alone; returns that state. */
async function storeSnapshotBoard(storage: SqliteStorage, id: string, cards: number): Promise<Uint8Array> {
  await createBoard(storage, { id, title: id, kind: 'measures' });
  const doc = new Y.Doc();
  const stored = await storage.loadDoc(id);
  Y.applyUpdate(doc, stored.snapshot!);
  fillBoard(doc, cards);
  const state = Y.encodeStateAsUpdate(doc);
  await storage.compact(id, state, { seqs: [], generation: stored.generation });
  doc.destroy();
  return state;
}
