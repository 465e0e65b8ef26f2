import type * as Y from 'yjs';
import { moveCard, updateCardField } from '../ops/cards.ts';
import { requireCard, requireKind } from '../ops/lookup.ts';
import { readCard } from '../read/readCard.ts';
import { readColumns } from '../read/readColumns.ts';
import { CARD_FIELDS, type DecisionRef } from '../schema/card.ts';
import type { Column } from '../schema/column.ts';
import { SchemaError } from '../schema/errors.ts';
import { parseField } from '../schema/parseField.ts';

/** What a meeting's decision brings to a card: which decision, the body that made it and the meeting's date. */
export interface DecisionInput {
  meetingId: string;
  decisionId: string;
  /** The deciding body as the card shows it ("HSN"): the meeting's group unless the user says otherwise. */
  body: string;
  /** The meeting's date, `YYYY-MM-DD`. */
  date: string;
}

/** What applyDecisionToCard will write: every value already checked, so the writing cannot fail halfway. */
export interface DecisionPlan {
  /** Absent when the card holds it already. */
  ref?: DecisionRef;
  /** Measures only: the decided stage the card moves to, when it is not there or past it yet (DEC3). */
  toColumn?: string;
  /** Measures only: decisionBody and decisionDate (DEC2), those that differ from the card's. */
  fields: readonly (readonly ['decisionBody' | 'decisionDate', string])[];
}

/**
 * DEC3: a column title whose first word names the decided stage: "Beslut", "Beslutad", "Beslutat",
 * "Beslutade", "Beslut i HSN eller av HSD", "Decided", "Decision"; the word must end there, so
 * "Beslutsunderlag" (the material for a decision, an earlier stage) is not it. A letter or digit
 * after it continues the word, Swedish letters too (hence \p{L} rather than \b).
 */
const DECIDED_TITLE = /^\s*(beslut|beslutad|beslutat|beslutade|beslutats|decided|decision)(?![\p{L}\p{N}])/iu;

/**
 * DEC3: the board's decided stage, the first column in board order whose title begins with
 * "Beslut" (or "Decided"/"Decision"); no column is marked so in the schema, and every seed board of
 * measures names its stage so ("Beslut i HSN eller av HSD"). "Verkställa beslut" is a later stage, not it.
 */
export function decidedColumn(columns: readonly Column[]): Column | undefined {
  return columns.find((column) => DECIDED_TITLE.test(column.title));
}

/**
 * Checks everything applyDecisionToCard would write and returns it, writing nothing (DEC2–DEC5):
 * the client asks it for every card of a decision before it applies any. Throws the SchemaError
 * the operation would: a document not a board (`invalid_board`, `meta`), a general board
 * (`invalid_board`, `kind`), an unknown card (`unknown_card`, `cardId`), an archived one
 * (`invalid_value`, `archived`), a bad id, body or date (`invalid_value`, `decisionRef`), a
 * measures board without a decided stage (`unknown_column`, `decidedStage`).
 */
export function planDecision(doc: Y.Doc, cardId: string, input: DecisionInput): DecisionPlan {
  const kind = requireKind(doc);
  if (kind === 'general') throw new SchemaError('invalid_board', 'kind', 'a general board takes no decisions');
  requireCard(doc, cardId);
  const card = readCard(doc, cardId)!;
  if (card.archived) throw new SchemaError('invalid_value', 'archived', `card "${cardId}" is archived`);
  const ref = parseField(CARD_FIELDS[kind], 'decisionRef', { meeting: input.meetingId, decision: input.decisionId, body: input.body, date: input.date });
  // Only what differs is written, so applying a decision again sends no update at all.
  const newRef = JSON.stringify(card.decisionRef) === JSON.stringify(ref) ? {} : { ref };
  if (kind === 'assignments') return { ...newRef, fields: [] };
  const columns = readColumns(doc);
  const decided = decidedColumn(columns);
  if (!decided) throw new SchemaError('unknown_column', 'decidedStage', 'the board has no decided stage (a column whose title begins with "Beslut")');
  const fields = (
    [
      ['decisionBody', parseField(CARD_FIELDS.measures, 'decisionBody', ref.body)],
      ['decisionDate', parseField(CARD_FIELDS.measures, 'decisionDate', ref.date)],
    ] as const
  ).filter(([field, value]) => card[field] !== value);
  const at = columns.findIndex((column) => column.id === card.column);
  const reached = at >= columns.indexOf(decided);
  return { ...newRef, fields, ...(!reached && { toColumn: decided.id }) };
}

/**
 * DEC2: brings a card into line with a meeting's decision in ONE transaction: on a measure card
 * decisionBody, decisionDate and decisionRef, and the move to the decided stage (DEC3); on an
 * assignment card decisionRef alone, so its history holds the decision (DEC4). Everything is
 * checked first (planDecision, DEC5): a refusal writes nothing. Applied again it writes nothing.
 */
export function applyDecisionToCard(doc: Y.Doc, cardId: string, input: DecisionInput, origin: unknown = null): void {
  const plan = planDecision(doc, cardId, input);
  // The ops below join this transaction (Yjs nests transact), and their checks pass: planDecision made them.
  doc.transact(() => {
    for (const [field, value] of plan.fields) updateCardField(doc, cardId, field, value);
    if (plan.ref) updateCardField(doc, cardId, 'decisionRef', plan.ref);
    if (plan.toColumn !== undefined) moveCard(doc, cardId, plan.toColumn);
  }, origin);
}
