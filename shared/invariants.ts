import type * as Y from 'yjs';
import { getCardsMap, getColumnsMap } from './doc.ts';
import { compareOrdered, isValidOrderKey } from './order.ts';
import { cardsInColumn } from './read/cardsInColumn.ts';
import { readBoard, type BoardSnapshot } from './read/readBoard.ts';
import { computeTotals, type Totals } from './sums.ts';

/** Adds up `cards`' effects the plain way, to hold computeTotals to. */
function recount(cards: readonly { id: string; effect?: number }[]): Totals {
  const known = cards.filter((c) => typeof c.effect === 'number');
  return { count: cards.length, effect: known.reduce((sum, c) => sum + c.effect!, 0), unknownEffect: cards.filter((c) => typeof c.effect !== 'number').map((c) => c.id) };
}

const sameTotals = (a: Totals | undefined, b: Totals): boolean =>
  !!a && a.count === b.count && Math.abs(a.effect - b.effect) < 1e-6 && a.unknownEffect.join() === b.unknownEffect.join();

function checkOrder(board: BoardSnapshot, problems: string[]): void {
  for (const list of [board.columns, board.cards]) {
    for (let i = 1; i < list.length; i++) {
      if (compareOrdered(list[i - 1]!, list[i]!) >= 0) problems.push(`order: ${list[i - 1]!.id} does not sort strictly before ${list[i]!.id}`);
    }
    // A missing key ('') is a transient state while a concurrent update is pending (ORD5); a wrong one is not.
    for (const item of list) if (item.order !== '' && !isValidOrderKey(item.order)) problems.push(`order: ${item.id} has an invalid order key "${item.order}"`);
  }
}

/**
 * The board invariants (INV1–INV4) as readers see the document: every live card in exactly
 * one existing column, ids unique, a strict (order, id) order, sums equal to the cards.
 * Returns one line per violation; [] when all hold.
 */
export function checkInvariants(doc: Y.Doc): string[] {
  const problems: string[] = [];
  const board = readBoard(doc);
  const cardIds = new Set(board.cards.map((c) => c.id));
  const columnIds = new Set(board.columns.map((c) => c.id));
  if (cardIds.size !== board.cards.length || cardIds.size !== getCardsMap(doc).size) problems.push('ids: duplicate or missing card ids');
  if (columnIds.size !== board.columns.length || columnIds.size !== getColumnsMap(doc).size) problems.push('ids: duplicate or missing column ids');
  const shownIn = new Map<string, number>();
  for (const column of board.columns) for (const card of cardsInColumn(board, column.id)) shownIn.set(card.id, (shownIn.get(card.id) ?? 0) + 1);
  // With no column at all there is nowhere to show a card (COL6): that alone is no violation.
  for (const card of board.cards) {
    if (card.archived || board.columns.length === 0) continue;
    const times = shownIn.get(card.id) ?? 0;
    if (times !== 1) problems.push(`placement: live card ${card.id} shows in ${times} columns`);
  }
  checkOrder(board, problems);
  const totals = computeTotals(board);
  const shown = new Set<string>();
  for (const column of board.columns) {
    const cards = cardsInColumn(board, column.id);
    for (const card of cards) shown.add(card.id);
    if (!sameTotals(totals.columns.get(column.id), recount(cards))) problems.push(`sums: column ${column.id} does not add up`);
  }
  if (!sameTotals(totals.board, recount(board.cards.filter((c) => shown.has(c.id))))) problems.push('sums: board total does not add up');
  for (const [name, parts] of [['lanes', totals.lanes], ['cells', totals.cells]] as const) {
    const count = [...parts.values()].reduce((sum, t) => sum + t.count, 0);
    const effect = [...parts.values()].reduce((sum, t) => sum + t.effect, 0);
    if (count !== totals.board.count || Math.abs(effect - totals.board.effect) > 1e-6) problems.push(`sums: ${name} do not add up to the board`);
  }
  return problems;
}
