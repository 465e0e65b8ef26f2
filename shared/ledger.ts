import { z } from 'zod';
import { CARD_FIELDS, type Card } from './schema/card.ts';
import type { BoardSnapshot } from './read/readBoard.ts';
import { laneOf } from './read/laneOf.ts';
import { cellKey, computeTotals, type Totals } from './sums.ts';

/** One process stage (column) of a measures board and what its cards add up to. */
export interface LedgerStage {
  columnId: string;
  title: string;
  totals: Totals;
  /** Totals per lane of the board, in the order of `Ledger.lanes`. */
  byLane: Totals[];
  /** Whether cards here count as decided (LED2). */
  decided: boolean;
}

/** One swimlane (decision level) split into proposed and decided (LED2). */
export interface LedgerLane {
  lane: string;
  proposed: Totals;
  decided: Totals;
}

/** A card whose effect is unknown: counted, named, never summed as 0 (LED4). */
export interface UnknownEffectCard {
  id: string;
  title: string;
  columnId: string;
  lane: string;
}

/** The savings ledger of a measures board: every figure computed from the cards (LED1). */
export interface Ledger {
  stages: LedgerStage[];
  /** Lanes that have a counted card, in the board's lane order (LED5). */
  lanes: LedgerLane[];
  /** Every live measure: each row of the lists is a proposal (LED2). */
  proposed: Totals;
  /** The measures in the decided stage. */
  decided: Totals;
  /** The column whose cards count as decided: the last stage; undefined with fewer than two columns. */
  decidedColumnId?: string;
  target?: number;
  unknownEffect: UnknownEffectCard[];
}

const EMPTY: Totals = Object.freeze({ count: 0, effect: 0, unknownEffect: Object.freeze([]) as unknown as string[] });

/**
 * Lane order as the board shows its swimlanes (LED5): the lane field's enum values in schema
 * order (`political` before `official`, as the source deck lists them), then other values by
 * code unit, then '' (no value).
 */
function compareLanes(board: BoardSnapshot): (a: string, b: string) => number {
  const field = board.meta.laneField;
  const schema = field ? (CARD_FIELDS[board.meta.kind] as Record<string, z.ZodType>)[field] : undefined;
  const order: string[] = schema instanceof z.ZodEnum ? schema.options.map(String) : [];
  const rank = (lane: string): number => (lane === '' ? order.length + 1 : order.includes(lane) ? order.indexOf(lane) : order.length);
  return (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The ledger of a board snapshot (LED1–LED5): totals per stage and lane, proposed against
 * decided, the board against its target, and the cards of unknown effect by name.
 * Pure: the same snapshot gives the same ledger on every peer.
 */
export function computeLedger(board: BoardSnapshot, filter?: (card: Card) => boolean): Ledger {
  const all = computeTotals(board, filter);
  const last = board.columns.at(-1);
  const decidedColumnId = board.columns.length >= 2 ? last?.id : undefined;
  const isDecided = (card: Card): boolean => card.column === decidedColumnId && (!filter || filter(card));
  const decided = computeTotals(board, isDecided);
  const lanes = [...all.lanes.keys()].sort(compareLanes(board));

  const byId = new Map(board.cards.map((card) => [card.id, card]));
  const unknownEffect = all.board.unknownEffect.map((id): UnknownEffectCard => {
    const card = byId.get(id)!;
    return { id, title: card.title, columnId: card.column, lane: laneOf(card, board.meta.laneField) };
  });

  const ledger: Ledger = {
    stages: board.columns.map((column) => ({
      columnId: column.id,
      title: column.title,
      totals: all.columns.get(column.id) ?? EMPTY,
      byLane: lanes.map((lane) => all.cells.get(cellKey(column.id, lane)) ?? EMPTY),
      decided: column.id === decidedColumnId,
    })),
    lanes: lanes.map((lane) => ({ lane, proposed: all.lanes.get(lane) ?? EMPTY, decided: decided.lanes.get(lane) ?? EMPTY })),
    proposed: all.board,
    decided: decided.board,
    unknownEffect,
  };
  if (decidedColumnId !== undefined) ledger.decidedColumnId = decidedColumnId;
  if (all.target !== undefined) ledger.target = all.target;
  return ledger;
}

/** `part / target` (1 = the target reached; above 1 when exceeded); undefined without a positive target (LED3). */
export function shareOfTarget(part: number, target: number | undefined): number | undefined {
  if (target === undefined || target <= 0) return undefined;
  return part / target;
}
