import type * as Y from 'yjs';
import { paragraphOrder } from '../meeting/paragraphs.ts';
import { readDecisions, type Decision } from '../meeting/readDecisions.ts';
import { readMeetingMeta } from '../meeting/readMeeting.ts';

/** One decision in a board's decision log (DEC6, DLS1): the meeting's heading facts and the decision as the minutes give it. */
export interface DecisionLogEntry {
  meetingId: string;
  meetingTitle: string;
  /** The meeting's date, `YYYY-MM-DD`. */
  date: string;
  /** The meeting's series ("HSF ledningsgrupp"), when it has one. */
  group?: string;
  decisionId: string;
  /** § number, once the server has numbered the meeting's decisions (MTG25). */
  paragraph?: number;
  matter: string;
  /** The att-satser. */
  text: string;
  /** The board's cards the decision links. */
  cardIds: readonly string[];
  /** Whether the reader may open the meeting: the log links only those (DLS2). */
  meetingReadable: boolean;
}

/** A log entry before the reader is known: DLS2 decides `meetingReadable` per reader. */
export type FoundDecision = Omit<DecisionLogEntry, 'meetingReadable'> & {
  /** Where the decision stands in the minutes' order (MTG24); orders a meeting's unnumbered decisions. */
  position: number;
  startTime?: string;
};

/**
 * The decisions of one meeting that link cards of `boardId` (MTG22's `cards`), with the meeting's
 * heading facts. Pure over the meeting's document; never throws, whatever it holds (readDecisions).
 */
export function decisionsOnBoard(doc: Y.Doc, meetingId: string, boardId: string): FoundDecision[] {
  const meta = readMeetingMeta(doc);
  const { byItem, unplaced } = readDecisions(doc);
  const order = paragraphOrder(doc);
  const all: Decision[] = [...Object.values(byItem).flat(), ...unplaced];
  return all.flatMap((decision) => {
    const cardIds = [...new Set(decision.cards.filter((link) => link.board === boardId).map((link) => link.card))];
    if (cardIds.length === 0) return [];
    const found: FoundDecision = {
      meetingId,
      meetingTitle: meta.title,
      date: meta.date,
      decisionId: decision.id,
      matter: decision.matter,
      text: decision.text,
      cardIds,
      position: order.indexOf(decision.id),
    };
    if (meta.group !== undefined) found.group = meta.group;
    if (meta.startTime !== undefined) found.startTime = meta.startTime;
    if (decision.paragraph !== undefined) found.paragraph = decision.paragraph;
    return [found];
  });
}

const descending = (a: string | number, b: string | number): number => (a === b ? 0 : a < b ? 1 : -1);

/**
 * DLS1: newest first: by the meeting's date, then its start time, then (one meeting) by §, the
 * unnumbered first (the server will number them after the numbered ones, MTG25) in reverse minutes
 * order; meeting and decision ids last, so the order is total.
 */
export function compareNewestFirst(a: FoundDecision, b: FoundDecision): number {
  return (
    descending(a.date, b.date) ||
    descending(a.startTime ?? '', b.startTime ?? '') ||
    descending(a.meetingId, b.meetingId) ||
    descending(a.paragraph ?? Number.MAX_SAFE_INTEGER, b.paragraph ?? Number.MAX_SAFE_INTEGER) ||
    descending(a.position, b.position) ||
    descending(a.decisionId, b.decisionId)
  );
}
