import { isValidId } from '../ids.ts';

/** Where a facilitator's view points (FOL1): the agenda item, and the board and card on screen. */
export interface LeaderPlace {
  itemId: string;
  boardId?: string;
  cardId?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An optional id: undefined when absent, null when present and not an id. */
const optionalId = (value: unknown): string | undefined | null => (value === undefined ? undefined : typeof value === 'string' && isValidId(value) ? value : null);

/**
 * The place a view names, or undefined (FOL1, PRS4): the server checks what a facilitator sends and
 * every client what it is relayed. The ids must be ids (they become routes and element lookups on
 * the projector), and only the known fields are copied, so nothing else a state carries gets
 * through; a card without its board names nothing to open and is dropped. `at` is not a place's:
 * the server writes it (PRS4).
 */
export function leaderPlaceOf(value: unknown): LeaderPlace | undefined {
  if (!isRecord(value)) return undefined;
  const { itemId } = value;
  if (typeof itemId !== 'string' || !isValidId(itemId)) return undefined;
  const boardId = optionalId(value.boardId);
  const cardId = optionalId(value.cardId);
  if (boardId === null || cardId === null) return undefined;
  return { itemId, ...(boardId !== undefined && { boardId }), ...(boardId !== undefined && cardId !== undefined && { cardId }) };
}

/** Two views that show the same place (item, board, card), whatever else they carry. */
export const sameLeaderPlace = (a: LeaderPlace | undefined, b: LeaderPlace | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.itemId === b.itemId && a.boardId === b.boardId && a.cardId === b.cardId);
