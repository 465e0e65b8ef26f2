import type { BoardKind } from '../../../shared/schema/board.ts';
import { ASSIGNMENT_SOURCES, ASSIGNMENT_STATUSES, DECISION_LEVELS } from '../../../shared/schema/card.ts';

/** How the editor shows one field of a card: the input that fits its schema (CARD_FIELDS, CARD_TEXT_FIELDS). */
export type FieldInput =
  | { field: string; input: 'text' | 'date' | 'effect' | 'names' }
  /** A Y.Text-bound prose field; `multiline` picks a textarea. */
  | { field: string; input: 'prose'; multiline: boolean }
  /** An enum; labels are `card.values.<labels>.<value>`. */
  | { field: string; input: 'select'; options: readonly string[]; labels: string };

const RAG = ['green', 'yellow', 'red'] as const;

/** Every field the editor offers per board kind, in the order it shows them. */
export const EDITOR_FIELDS: Record<BoardKind, readonly FieldInput[]> = {
  measures: [
    { field: 'title', input: 'prose', multiline: false },
    { field: 'unit', input: 'text' },
    { field: 'staffCategory', input: 'text' },
    { field: 'effect', input: 'effect' },
    { field: 'responsible', input: 'names' },
    { field: 'decisionLevel', input: 'select', options: DECISION_LEVELS, labels: 'decisionLevel' },
    { field: 'decisionBody', input: 'text' },
    { field: 'decisionDate', input: 'date' },
    { field: 'status', input: 'select', options: RAG, labels: 'rag' },
    { field: 'comment', input: 'prose', multiline: true },
  ],
  assignments: [
    { field: 'title', input: 'prose', multiline: false },
    { field: 'directedTo', input: 'text' },
    { field: 'source', input: 'select', options: ASSIGNMENT_SOURCES, labels: 'source' },
    { field: 'status', input: 'select', options: ASSIGNMENT_STATUSES, labels: 'status' },
    { field: 'rag', input: 'select', options: RAG, labels: 'rag' },
    { field: 'givenBy', input: 'text' },
    { field: 'periodicity', input: 'text' },
    { field: 'deadline', input: 'date' },
    { field: 'responsible', input: 'names' },
    { field: 'analysis', input: 'prose', multiline: true },
  ],
  general: [
    { field: 'title', input: 'prose', multiline: false },
    { field: 'group', input: 'text' },
    { field: 'unit', input: 'text' },
    { field: 'status', input: 'select', options: RAG, labels: 'rag' },
    { field: 'responsible', input: 'names' },
    { field: 'deadline', input: 'date' },
    { field: 'comment', input: 'prose', multiline: true },
  ],
};

/** The statuses a board kind's cards can have, with the catalogue group naming them (for badges and filters). */
export const STATUS_VALUES: Record<BoardKind, { options: readonly string[]; labels: string }> = {
  measures: { options: RAG, labels: 'rag' },
  assignments: { options: ASSIGNMENT_STATUSES, labels: 'status' },
  general: { options: RAG, labels: 'rag' },
};
