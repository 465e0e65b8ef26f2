import type * as Y from 'yjs';
import { addAgendaItem, setItemNotes } from '../meeting/agendaOps.ts';
import { readMeeting, type AgendaItem } from '../meeting/readMeeting.ts';

/** What a board's change summary is put on an agenda as (CHG10). */
export interface ChangeSummaryNote {
  boardId: string;
  /** The summary's first line, the same each time for the board: an earlier summary under it is replaced. */
  heading: string;
  /** The whole summary, the heading its first line (changeSummaryText). */
  text: string;
  /** The title of the item made when no item links the board: "Ändringar på Åtgärder". */
  itemTitle: string;
}

/** Where the summary went: the item, and whether it was made for it. */
export interface PlacedSummary {
  itemId: string;
  added: boolean;
}

/** Minutes planned for an item made for the summary: read, not discussed. */
const SUMMARY_MINUTES = 5;

/**
 * The notes with the summary in (CHG10): an earlier block under the same heading (from that line
 * to the next empty line, or the end) is replaced where it stands; else the block is appended after
 * an empty line. Other notes are kept as they are.
 */
export function notesWithSummary(notes: string, heading: string, text: string): string {
  const lines = notes.split('\n');
  const start = lines.indexOf(heading);
  if (start === -1) return notes.trim() === '' ? text : `${notes.trimEnd()}\n\n${text}`;
  const blank = lines.findIndex((line, index) => index > start && line.trim() === '');
  const end = blank === -1 ? lines.length : blank;
  return [...lines.slice(0, start), text, ...lines.slice(end)].join('\n');
}

/** The first item in agenda order that links the board, itself or through one of its cards (MTG11). */
export function itemLinking(agenda: readonly AgendaItem[], boardId: string): AgendaItem | undefined {
  return agenda.find((item) => item.boards.includes(boardId) || item.cards.some((card) => card.board === boardId));
}

/**
 * Puts a board's change summary into a meeting's agenda in one operation (CHG10): into the notes of
 * the first item that links the board (setItemNotes, so concurrent typing elsewhere in them
 * survives, TXT2), or as a new information item linking the board, last. Refused as the agenda
 * operations refuse (a locked meeting, notes over their cap, a full agenda: SchemaError).
 */
export function placeChangeSummary(doc: Y.Doc, note: ChangeSummaryNote, origin: unknown = null): PlacedSummary {
  const item = itemLinking(readMeeting(doc).agenda, note.boardId);
  if (item) {
    setItemNotes(doc, item.id, notesWithSummary(item.notes, note.heading, note.text), origin);
    return { itemId: item.id, added: false };
  }
  const itemId = addAgendaItem(doc, { title: note.itemTitle, kind: 'information', minutes: SUMMARY_MINUTES, boards: [note.boardId], notes: note.text }, {}, origin);
  return { itemId, added: true };
}
