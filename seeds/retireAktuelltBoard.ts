import * as Y from 'yjs';
import type { BoardRecord } from '../shared/schema/boardRecord.ts';
import { createCard } from '../shared/ops/cards.ts';
import { addColumn } from '../shared/ops/columns.ts';
import { readBoard } from '../shared/read/readBoard.ts';
import { cardsInColumn } from '../shared/read/cardsInColumn.ts';
import { readColumns } from '../shared/read/readColumns.ts';
import { SEED_ORIGIN } from './buildSeedBoards.ts';
import { SEED_MEETINGS } from './buildSeedMeetings.ts';

/** The board the seeds made before their Aktuellt agendas became the seed meetings (SEED2). */
export const AKTUELLT_BOARD_ID = 'hsf-aktuellt';

/** The note's card id: fixed, so that a second run finds it and adds no second note. */
export const AKTUELLT_NOTE_ID = 'flyttat-till-moten';

/** The part of the server's Storage that retiring the board needs (the server's Storage fits it as it is). */
export interface RetireStore {
  getBoard(id: string): Promise<BoardRecord | undefined>;
  archiveBoard(id: string): Promise<boolean>;
  loadDoc(id: string): Promise<{ snapshot?: Uint8Array; updates: readonly { data: Uint8Array }[] }>;
  appendUpdate(id: string, data: Uint8Array): Promise<number>;
}

/** The seed meetings that hold the board's agendas now, as the note and the log name them. */
export const AKTUELLT_MEETINGS: readonly { id: string; title: string }[] = SEED_MEETINGS.map(({ id, title }) => ({ id, title }));

/**
 * What was done to the old board. `archived`: no one had changed it since it was seeded, so it
 * leaves the start page. `noted`: someone had, so it stays listed. Both got the note. `none`: no
 * live board of that id, or it already has the note.
 */
export type AktuelltRetirement = { readonly outcome: 'none' } | { readonly outcome: 'archived' | 'noted'; readonly board: BoardRecord };

// Content, not UI: Swedish, like the seed data, and written once into the document.
const NOTE_TITLE = 'Dagordningarna finns nu som möten';
const NOTE_TEXT = [
  'Dagordningarna på den här tavlan har blivit två möten i Tavla, med punkterna och deras anteckningar:',
  ...AKTUELLT_MEETINGS.map((m) => `• ${m.title}: /m/${m.id}`),
  'Inget på tavlan har tagits bort.',
].join('\n');

/**
 * SEED2: the old "Aktuellt (HSF)" board in a store that now holds the seed meetings (call it after
 * seedMissingBoards). A board whose `updatedAt` is still its `createdAt` holds only what the seeds
 * wrote: every stored update marks the board updated (STO3), and the seeds always
 * wrote both times equal. Such a board is archived, since its whole content is in the meetings; an
 * edited one stays listed, since archiving would hide the edits. Either gets a card on top of its
 * first column that names the meetings, so a link to the board still says where its content went.
 * Nothing is deleted; a board that is already archived is left as it is.
 */
export async function retireAktuelltBoard(store: RetireStore): Promise<AktuelltRetirement> {
  const board = await store.getBoard(AKTUELLT_BOARD_ID);
  if (!board || board.archived) return { outcome: 'none' };
  const doc = new Y.Doc();
  try {
    const stored = await store.loadDoc(AKTUELLT_BOARD_ID);
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update.data);
    if (readBoard(doc).cards.some((card) => card.id === AKTUELLT_NOTE_ID)) return { outcome: 'none' };
    const untouched = board.updatedAt === board.createdAt;
    // Archived before the note is stored, since storing it marks the board updated: a run cut off
    // in between archives it again (a no-op) and then adds the note.
    if (untouched) await store.archiveBoard(AKTUELLT_BOARD_ID);
    const before = Y.encodeStateVector(doc);
    writeNote(doc);
    await store.appendUpdate(AKTUELLT_BOARD_ID, Y.encodeStateAsUpdate(doc, before));
    return { outcome: untouched ? 'archived' : 'noted', board };
  } finally {
    doc.destroy();
  }
}

/** The note, first in the board's first column; an edit may have left the board with no column (COL6), and then it gets one. */
function writeNote(doc: Y.Doc): void {
  const column = readColumns(doc)[0]?.id ?? addColumn(doc, { title: 'Aktuellt' }, SEED_ORIGIN);
  const first = cardsInColumn(readBoard(doc), column)[0]?.id;
  createCard(doc, { id: AKTUELLT_NOTE_ID, column, title: NOTE_TITLE, texts: { comment: NOTE_TEXT }, ...(first && { beforeCardId: first }) }, SEED_ORIGIN);
}
