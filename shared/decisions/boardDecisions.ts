import type * as Y from 'yjs';
import { paragraphOrder } from '../meeting/paragraphs.ts';
import { readDecisions, type Decision } from '../meeting/readDecisions.ts';
import { readMeetingMeta } from '../meeting/readMeeting.ts';
import { readMinutes } from '../meeting/readMinutes.ts';

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
  /** Ärende and att-satser: absent while the minutes are a draft of a meeting the reader may not open (DLS4). */
  matter?: string;
  text?: string;
  /** Whether the meeting's minutes are approved (MTG27). */
  minutesApproved: boolean;
  /** The board's cards the decision concerns (DLS4). */
  cardIds: readonly string[];
  /** Whether the reader may open the meeting: the log links only those (DLS2). */
  meetingReadable: boolean;
}

/** A decision of a meeting before the reader is known: logEntryFor decides what the reader gets (DLS4). */
export interface FoundDecision extends Omit<DecisionLogEntry, 'meetingReadable' | 'cardIds' | 'matter' | 'text'> {
  matter: string;
  text: string;
  /** The board's cards the decision's `cards` link: the meeting's editors wrote those (MTG22). */
  linked: readonly string[];
  /** The board's cards whose decisionRef names the decision: the board's own gate checked those (DEC2). */
  referenced: readonly string[];
  /** Where the decision stands in the minutes' order (MTG24); orders a meeting's unnumbered decisions. */
  position: number;
  startTime?: string;
}

/**
 * The decisions of one meeting that concern cards of `boardId`: those linking them (MTG22's
 * `cards`) and those the board's cards name (`referenced`: decision id → the cards whose
 * decisionRef names it), with the meeting's heading facts. Pure over the meeting's document; never
 * throws, whatever it holds (readDecisions).
 */
export function decisionsOnBoard(doc: Y.Doc, meetingId: string, boardId: string, referenced: ReadonlyMap<string, readonly string[]> = new Map()): FoundDecision[] {
  const meta = readMeetingMeta(doc);
  const { byItem, unplaced } = readDecisions(doc);
  const order = paragraphOrder(doc);
  const minutesApproved = readMinutes(doc).status === 'approved';
  const all: Decision[] = [...Object.values(byItem).flat(), ...unplaced];
  return all.flatMap((decision) => {
    const linked = [...new Set(decision.cards.filter((link) => link.board === boardId).map((link) => link.card))];
    const named = referenced.get(decision.id) ?? [];
    if (linked.length === 0 && named.length === 0) return [];
    const found: FoundDecision = {
      meetingId,
      meetingTitle: meta.title,
      date: meta.date,
      decisionId: decision.id,
      matter: decision.matter,
      text: decision.text,
      minutesApproved,
      linked,
      referenced: named,
      position: order.indexOf(decision.id),
    };
    if (meta.group !== undefined) found.group = meta.group;
    if (meta.startTime !== undefined) found.startTime = meta.startTime;
    if (decision.paragraph !== undefined) found.paragraph = decision.paragraph;
    return [found];
  });
}

/**
 * DLS4: what one reader's log gets of a found decision. A reader who may open the meeting gets it
 * whole, with every board card it links or that names it: the meeting shows them all anyway. Any
 * other reader gets it only when a card of the board names it (a link alone is the claim of
 * whoever edits the meeting, and any creator may make one linking any board, MTS12), concerning
 * only those cards, and its ärende and att-satser only once the minutes are approved.
 */
export function logEntryFor(found: FoundDecision, meetingReadable: boolean): DecisionLogEntry | undefined {
  if (!meetingReadable && found.referenced.length === 0) return undefined;
  const { linked, referenced, position: _position, startTime: _startTime, matter, text, ...heading } = found;
  const cardIds = meetingReadable ? [...new Set([...linked, ...referenced])] : [...referenced];
  const revealed = meetingReadable || found.minutesApproved;
  return { ...heading, ...(revealed && { matter, text }), cardIds, meetingReadable };
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
