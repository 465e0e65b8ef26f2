import type { UniqueIdentifier } from '@dnd-kit/core';
import type { CardSlot } from './dropTarget.ts';

export type Direction = 'up' | 'down' | 'left' | 'right';

/** The board as the keyboard walks it: columns and lanes in order, and how many other cards each cell shows. */
export interface SlotGrid {
  columns: readonly string[];
  lanes: readonly string[];
  /** The cards of a cell other than the dragged one. */
  count(column: string, lane: string): number;
}

/**
 * The slot one arrow key away. Up and down walk the insertion points of the column, cell by cell
 * through its lanes (from a cell's last point down to the first of the lane below); left and right
 * keep the lane and the index, or the cell's last point when it has fewer cards. Undefined at an edge.
 */
export function nextCardSlot(grid: SlotGrid, slot: CardSlot, direction: Direction): CardSlot | undefined {
  const columnIndex = grid.columns.indexOf(slot.column);
  const laneIndex = grid.lanes.indexOf(slot.lane);
  if (columnIndex < 0 || laneIndex < 0) return undefined;
  const last = grid.count(slot.column, slot.lane);
  if (direction === 'down') {
    if (slot.index < last) return { ...slot, index: slot.index + 1 };
    const lane = grid.lanes[laneIndex + 1];
    return lane === undefined ? undefined : { column: slot.column, lane, index: 0 };
  }
  if (direction === 'up') {
    if (slot.index > 0) return { ...slot, index: Math.min(slot.index, last) - 1 };
    const lane = grid.lanes[laneIndex - 1];
    return lane === undefined ? undefined : { column: slot.column, lane, index: grid.count(slot.column, lane) };
  }
  const column = grid.columns[columnIndex + (direction === 'left' ? -1 : 1)];
  return column === undefined ? undefined : { column, lane: slot.lane, index: Math.min(slot.index, grid.count(column, slot.lane)) };
}

/** A droppable as the keyboard sees it when a column is dragged: its id and its data (sortable's included). */
export interface SlotEntry {
  id: UniqueIdentifier;
  data: Record<string, unknown> | undefined;
}

const sortableOf = (data: SlotEntry['data']) => data?.sortable as { containerId: UniqueIdentifier; index: number } | undefined;

/** The column header one arrow key away (left or right) when a column is dragged. */
export function nextColumnSlot(entries: readonly SlotEntry[], currentId: UniqueIdentifier, direction: Direction): UniqueIdentifier | undefined {
  if (direction === 'up' || direction === 'down') return undefined;
  const headers = entries
    .filter((entry) => entry.data?.type === 'column' && sortableOf(entry.data))
    .sort((a, b) => sortableOf(a.data)!.index - sortableOf(b.data)!.index);
  const at = headers.findIndex((entry) => entry.id === currentId);
  return at < 0 ? undefined : headers[at + (direction === 'left' ? -1 : 1)]?.id;
}
