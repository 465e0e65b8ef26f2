import * as Y from 'yjs';
import { isValidId } from '../ids.ts';
import { compareOrdered } from '../order.ts';
import { getAgenda, getDecisions } from './meetingDoc.ts';
import type { CardLink } from './meetingSchema.ts';

/** One decision as plain data (MTG22). */
export interface Decision {
  id: string;
  itemId: string;
  matter: string;
  background: string;
  /** The att-satser. */
  text: string;
  cards: readonly CardLink[];
  responsible: readonly string[];
  deadline?: string;
  sendTo: readonly string[];
  /** § number, once the minutes are numbered (MTG24). */
  paragraph?: number;
  /** A "Rättelse" names the decision it corrects (MTG29). */
  correctionOf?: string;
}

/** The meeting's decisions: per live agenda item, and those whose item was removed concurrently. */
export interface DecisionsSnapshot {
  /** Per live item id, its decisions by (order, id) (ORD1); an item without decisions has none here. */
  readonly byItem: Readonly<Record<string, readonly Decision[]>>;
  /** Decisions whose item is gone (MTG23), by (order, id): still in the minutes, after the items. */
  readonly unplaced: readonly Decision[];
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const textOf = (value: unknown): string => (value instanceof Y.Text ? value.toString() : '');
const strings = (value: unknown): readonly string[] => (Array.isArray(value) ? Object.freeze(value.filter((s): s is string => typeof s === 'string')) : []);
const isCardLink = (value: unknown): value is CardLink =>
  typeof value === 'object' && value !== null && typeof (value as CardLink).board === 'string' && typeof (value as CardLink).card === 'string';

function toDecision(id: string, map: Y.Map<unknown>): Decision {
  const cards = map.get('cards');
  const decision: Decision = {
    id,
    itemId: str(map.get('itemId')) ?? '',
    matter: str(map.get('matter')) ?? '',
    background: textOf(map.get('background')),
    text: textOf(map.get('text')),
    cards: Array.isArray(cards) ? Object.freeze(cards.filter(isCardLink).map((c) => ({ board: c.board, card: c.card }))) : [],
    responsible: strings(map.get('responsible')),
    sendTo: strings(map.get('sendTo')),
  };
  const deadline = str(map.get('deadline'));
  const paragraph: unknown = map.get('paragraph');
  const correctionOf = str(map.get('correctionOf'));
  if (deadline !== undefined) decision.deadline = deadline;
  if (typeof paragraph === 'number' && Number.isSafeInteger(paragraph) && paragraph > 0) decision.paragraph = paragraph;
  if (correctionOf !== undefined) decision.correctionOf = correctionOf;
  return decision;
}

/** Reads every decision (MTG12, MTG22); never throws, whatever the document holds. */
export function readDecisions(doc: Y.Doc): DecisionsSnapshot {
  const agenda = getAgenda(doc);
  const sorted: { id: string; order: string; map: Y.Map<unknown> }[] = [];
  getDecisions(doc).forEach((map: unknown, id) => {
    if (!(map instanceof Y.Map)) return;
    const order: unknown = map.get('order');
    sorted.push({ id, order: typeof order === 'string' ? order : '', map: map as Y.Map<unknown> });
  });
  sorted.sort(compareOrdered);
  const byItem: Record<string, Decision[]> = {};
  const unplaced: Decision[] = [];
  for (const { id, map } of sorted) {
    const decision = toDecision(id, map);
    if (isValidId(decision.itemId) && agenda.has(decision.itemId)) (byItem[decision.itemId] ??= []).push(decision);
    else unplaced.push(decision);
  }
  return { byItem, unplaced };
}
