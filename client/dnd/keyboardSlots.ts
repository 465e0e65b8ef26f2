import type { UniqueIdentifier } from '@dnd-kit/core';

/** A droppable as the keyboard sees it: its id and the data the board gave it (plus sortable's). */
export interface SlotEntry {
  id: UniqueIdentifier;
  data: Record<string, unknown> | undefined;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/** A place a keyboard drag can stop: over a card, or at the end of a cell (`end`, id = the cell's). */
export interface Slot {
  id: UniqueIdentifier;
  end: boolean;
  laneIndex: number;
  /** Index within its cell; a cell's end has the cell's card count. */
  index: number;
}

interface CellData {
  type: 'cell';
  columnIndex: number;
  laneIndex: number;
}

const isCell = (data: SlotEntry['data']): data is SlotEntry['data'] & CellData => data?.type === 'cell';
const sortableOf = (data: SlotEntry['data']) => data?.sortable as { containerId: UniqueIdentifier; index: number } | undefined;

/**
 * The board as columns of slots, top to bottom: each lane's cards in order, then that cell's end.
 * Built from the droppables' data, not from their rects, so it holds however the board is laid out.
 */
export function cardSlotColumns(entries: readonly SlotEntry[]): Slot[][] {
  const cells = new Map<UniqueIdentifier, CellData>();
  for (const entry of entries) if (isCell(entry.data)) cells.set(entry.id, entry.data);
  const cardsByCell = new Map<UniqueIdentifier, { id: UniqueIdentifier; index: number }[]>();
  for (const entry of entries) {
    const sortable = sortableOf(entry.data);
    if (entry.data?.type !== 'card' || !sortable || !cells.has(sortable.containerId)) continue;
    const list = cardsByCell.get(sortable.containerId) ?? [];
    list.push({ id: entry.id, index: sortable.index });
    cardsByCell.set(sortable.containerId, list);
  }
  const columns: Slot[][] = [];
  const ordered = [...cells].sort(([, a], [, b]) => a.columnIndex - b.columnIndex || a.laneIndex - b.laneIndex);
  for (const [cellId, cell] of ordered) {
    const slots = (columns[cell.columnIndex] ??= []);
    const cards = (cardsByCell.get(cellId) ?? []).sort((a, b) => a.index - b.index);
    cards.forEach((card, index) => slots.push({ id: card.id, end: false, laneIndex: cell.laneIndex, index }));
    slots.push({ id: cellId, end: true, laneIndex: cell.laneIndex, index: cards.length });
  }
  return columns.filter(Boolean);
}

/**
 * The slot one arrow key away from `currentId` (a card id, or a cell id meaning its end): up and
 * down walk the column through its lanes, left and right keep the lane and the index within it.
 */
export function nextCardSlot(columns: readonly Slot[][], currentId: UniqueIdentifier, direction: Direction): Slot | undefined {
  const col = columns.findIndex((slots) => slots.some((slot) => slot.id === currentId));
  if (col < 0) return undefined;
  const slots = columns[col]!;
  const at = slots.findIndex((slot) => slot.id === currentId);
  const current = slots[at]!;
  if (direction === 'up') return slots[at - 1];
  if (direction === 'down') return slots[at + 1];
  const target = columns[col + (direction === 'left' ? -1 : 1)];
  const lane = target?.filter((slot) => slot.laneIndex === current.laneIndex);
  if (!lane || lane.length === 0) return undefined;
  return lane.find((slot) => !slot.end && slot.index === current.index) ?? lane.at(-1);
}

/** The column header one arrow key away (left or right) when a column is dragged. */
export function nextColumnSlot(entries: readonly SlotEntry[], currentId: UniqueIdentifier, direction: Direction): UniqueIdentifier | undefined {
  if (direction === 'up' || direction === 'down') return undefined;
  const headers = entries
    .filter((entry) => entry.data?.type === 'column' && sortableOf(entry.data))
    .sort((a, b) => sortableOf(a.data)!.index - sortableOf(b.data)!.index);
  const at = headers.findIndex((entry) => entry.id === currentId);
  return at < 0 ? undefined : headers[at + (direction === 'left' ? -1 : 1)]?.id;
}
