import { z } from 'zod';
import type { BoardSnapshot } from '../../shared/read/readBoard.ts';
import { laneOf } from '../../shared/read/laneOf.ts';
import { CARD_FIELDS, type Card } from '../../shared/schema/card.ts';
import { cellKey } from '../../shared/sums.ts';


/**
 * The swimlanes of a board, top to bottom: the lane field's enum values in schema order (so a
 * measures board always shows both decision levels, even empty), then other values found on
 * cards, then '' ("no value") when a live card has none. A board without lane field has one lane, ''.
 */
export function lanesOf(board: BoardSnapshot): string[] {
  const field = board.meta.laneField;
  if (!field) return [''];
  const schema = (CARD_FIELDS[board.meta.kind] as Record<string, z.ZodType>)[field];
  const lanes = schema instanceof z.ZodEnum ? (schema.options as string[]).map(String) : [];
  const found = new Set<string>();
  for (const card of board.cards) if (!card.archived) found.add(laneOf(card, field));
  const extra = [...found].filter((lane) => lane !== '' && !lanes.includes(lane)).sort((a, b) => a.localeCompare(b, 'sv'));
  return [...lanes, ...extra, ...(found.has('') ? [''] : [])];
}

/** The ids of the live cards each cell shows, in board order, narrowed by `predicate`. */
export function layoutCells(board: BoardSnapshot, predicate?: (card: Card) => boolean): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  for (const card of board.cards) {
    if (card.archived || (predicate && !predicate(card))) continue;
    const key = cellKey(card.column, laneOf(card, board.meta.laneField));
    const ids = cells.get(key);
    if (ids) ids.push(card.id);
    else cells.set(key, [card.id]);
  }
  return cells;
}
