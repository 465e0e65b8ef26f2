import type { ItemKind } from '../shared/meeting/meetingSchema.ts';
import type { AssignmentStatus, DecisionLevel, Rag } from '../shared/schema/card.ts';

/**
 * The shapes of the seed data: plain values transcribed from ../shared/seed-documents/,
 * which buildSeedBoards and buildSeedMeetings write into documents through the shared/ operations.
 * Ids are stable and readable so that two builds give the same documents.
 */

export interface SeedColumn {
  readonly id: string;
  readonly title: string;
}

interface SeedBoardBase {
  /** The board's (and the document room's) id. */
  readonly id: string;
  readonly title: string;
  readonly laneField?: string;
  /** In board order. */
  readonly columns: readonly SeedColumn[];
}

/** A measure (åtgärd) row of 000's lists. */
export interface SeedMeasure {
  readonly id: string;
  /** The id of the column (process stage) the card starts in. */
  readonly stage: string;
  /** Verksamhet. */
  readonly unit: string;
  /** Personalkategori ("Personal kat"), as written. */
  readonly staffCategory: string;
  /** Åtgärd. */
  readonly title: string;
  /** Ekonomisk effekt in tkr/år; absent when the document says "?". */
  readonly effect?: number;
  /** Kommentar, whole. */
  readonly comment: string;
  /** Beredningsansvarig: names, and non-person entries as written. */
  readonly responsible: readonly string[];
  readonly decisionLevel: DecisionLevel;
  readonly decisionBody: string;
  readonly decisionDate?: string;
}

/** A dated activity of a tidsplan, shown above the board. */
export interface SeedMilestone {
  readonly id: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the document gives no more. */
  readonly date: string;
  readonly title: string;
  readonly involved: string;
  /** The lane value (decision level) it belongs to; absent for the whole board. */
  readonly lane?: string;
}

export interface SeedMeasuresBoard extends SeedBoardBase {
  readonly kind: 'measures';
  readonly target: number;
  readonly cards: readonly SeedMeasure[];
  readonly milestones: readonly SeedMilestone[];
}

/** One monthly report of an assignment (the four boxes of the FM Uppdrag slides). */
export interface SeedReport {
  /** `YYYY-MM`: the month the report covers ("Senaste månaden"). */
  readonly month: string;
  readonly lastMonth: string;
  readonly nextMonth: string;
  readonly comments: string;
  readonly risks: string;
}

export interface SeedAssignment {
  readonly id: string;
  readonly column: string;
  readonly title: string;
  readonly status: AssignmentStatus;
  readonly source: 'council' | 'committee';
  readonly directedTo?: string;
  /** Who gave the assignment to whom, as the follow-up table's heading says it. */
  readonly givenBy?: string;
  readonly periodicity?: string;
  readonly deadline?: string;
  readonly responsible?: readonly string[];
  readonly analysis?: string;
  readonly reports?: readonly SeedReport[];
}

export interface SeedAssignmentsBoard extends SeedBoardBase {
  readonly kind: 'assignments';
  readonly cards: readonly SeedAssignment[];
}

/** A card of a general board: a delmål. */
export interface SeedGeneralCard {
  readonly id: string;
  readonly column: string;
  readonly title: string;
  /** The regional goal: the board's lanes. */
  readonly group: string;
  readonly status?: Rag;
  readonly comment?: string;
}

export interface SeedGeneralBoard extends SeedBoardBase {
  readonly kind: 'general';
  readonly cards: readonly SeedGeneralCard[];
}

export type SeedBoard = SeedMeasuresBoard | SeedAssignmentsBoard | SeedGeneralBoard;

/** A card an agenda item links: the board's seed id and the card's. */
export interface SeedCardLink {
  readonly board: string;
  readonly card: string;
}

/** One line of a meeting's agenda ("Aktuellt"). */
export interface SeedAgendaItem {
  /** Stable, so that two builds give the same documents. */
  readonly id: string;
  /** The agenda line, as written. */
  readonly title: string;
  readonly kind: ItemKind;
  /** The planned time box: Tavla's, the documents give none. */
  readonly minutes: number;
  /** Föredragande; only where a document names one. */
  readonly presenter?: string;
  /** The item's slide text, lines as written; absent for a line with no slide of its own. */
  readonly notes?: readonly string[];
  /** Seed ids of the boards the item shows. */
  readonly boards?: readonly string[];
  readonly cards?: readonly SeedCardLink[];
}

/** A meeting of a seed document, with its agenda in order. */
export interface SeedMeeting {
  /** The meeting's (and its document room's) id. */
  readonly id: string;
  readonly title: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** The meeting series. */
  readonly group: string;
  readonly items: readonly SeedAgendaItem[];
}
