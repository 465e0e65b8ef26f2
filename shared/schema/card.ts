import { z } from 'zod';
import type { BoardKind } from './board.ts';
import { isValidId } from '../ids.ts';
import { isoDate, kSek, names, rag, shortText } from './values.ts';

export const DECISION_LEVELS = ['political', 'official'] as const;
export const ASSIGNMENT_STATUSES = ['notStarted', 'ongoing', 'done', 'doneWithDeviation', 'notDone'] as const;
export const ASSIGNMENT_SOURCES = ['council', 'committee'] as const;

/**
 * DEC1: the decision a card was last brought into line with (applyDecisionToCard): the meeting and
 * its decision by id, with the body and date as applied, so an assignment card, which has no
 * decision fields, and its history still say where and when. One value, so one history entry names it.
 */
export const decisionRef = z.strictObject({
  meeting: z.string().refine(isValidId, 'not a valid id'),
  decision: z.string().refine(isValidId, 'not a valid id'),
  body: shortText.trim().min(1),
  date: isoDate,
});

/** Scalar fields every card has, whatever its board's kind. `title` is Y.Text and listed in CARD_TEXT_FIELDS. */
const commonFields = {
  column: z.string().min(1).max(100),
  order: z.string().min(1).max(200),
  archived: z.boolean(),
} as const;

/** Scalar fields per board kind. Values are stored as plain values in the card's Y.Map (last writer wins). */
export const CARD_FIELDS = {
  measures: {
    ...commonFields,
    unit: shortText,
    staffCategory: shortText,
    effect: kSek,
    responsible: names,
    decisionLevel: z.enum(DECISION_LEVELS),
    decisionBody: shortText,
    decisionDate: isoDate,
    decisionRef,
    status: rag,
  },
  assignments: {
    ...commonFields,
    directedTo: shortText,
    source: z.enum(ASSIGNMENT_SOURCES),
    status: z.enum(ASSIGNMENT_STATUSES),
    rag,
    periodicity: shortText,
    deadline: isoDate,
    responsible: names,
    /** Who gave the assignment to whom, e.g. "Uppdrag från nämnd till beredning folkhälsa": finer than `source`, a lane field. */
    givenBy: shortText,
    decisionRef,
  },
  general: {
    ...commonFields,
    group: shortText,
    unit: shortText,
    status: rag,
    responsible: names,
    deadline: isoDate,
  },
} as const satisfies Record<BoardKind, Record<string, z.ZodType>>;

/** Prose fields per board kind, each a Y.Text so concurrent typing merges. */
export const CARD_TEXT_FIELDS = {
  measures: ['title', 'comment'],
  assignments: ['title', 'analysis'],
  general: ['title', 'comment'],
} as const satisfies Record<BoardKind, readonly string[]>;

/** Fields set by dedicated operations (moveCard, archiveCard), not by updateCardField. */
export const POSITION_FIELDS = ['column', 'order', 'archived'] as const;

export type DecisionLevel = (typeof DECISION_LEVELS)[number];
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export type Rag = z.infer<typeof rag>;
export type DecisionRef = Readonly<z.infer<typeof decisionRef>>;

/** A card as the UI and the sums read it: a plain, readonly snapshot. */
export interface Card {
  id: string;
  column: string;
  order: string;
  archived: boolean;
  title: string;
  // measures
  unit?: string;
  staffCategory?: string;
  /** Thousand SEK per year; absent when unknown (never 0 for unknown). */
  effect?: number;
  comment?: string;
  responsible?: readonly string[];
  decisionLevel?: DecisionLevel;
  decisionBody?: string;
  decisionDate?: string;
  /** Measures and assignments: the decision applied to the card (DEC1). */
  decisionRef?: DecisionRef;
  status?: Rag | AssignmentStatus;
  // assignments
  directedTo?: string;
  source?: (typeof ASSIGNMENT_SOURCES)[number];
  rag?: Rag;
  periodicity?: string;
  givenBy?: string;
  deadline?: string;
  analysis?: string;
  /** Months that have a report, ascending (`YYYY-MM`). */
  reportMonths?: readonly string[];
  // general
  group?: string;
}
