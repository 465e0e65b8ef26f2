import type { BoardSnapshot } from '../../../shared/read/readBoard.ts';
import { computeTotals } from '../../../shared/sums.ts';

/** Each live card as its fields and its column's title, without ids and order: what a round trip through a file keeps (IMP5). */
export const contentOf = (board: BoardSnapshot) =>
  board.cards
    .filter((card) => !card.archived)
    // An empty list of names and none read alike in a spreadsheet's empty cell.
    .map(({ id: _id, order: _order, column, reportMonths: _months, responsible, ...rest }) => ({
      ...rest,
      ...(responsible?.length && { responsible }),
      column: board.columns.find((c) => c.id === column)?.title,
    }))
    .sort((a, b) => a.title.localeCompare(b.title));

/** A measures board's lane sums by decision level, and how many effects are unknown (SUM2, SUM4). */
export const sumsOf = (board: BoardSnapshot) => {
  const totals = computeTotals(board);
  return { political: totals.lanes.get('political')?.effect, official: totals.lanes.get('official')?.effect, unknown: totals.board.unknownEffect.length };
};
