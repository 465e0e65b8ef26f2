import { KeyboardCode, type KeyboardCoordinateGetter, type UniqueIdentifier } from '@dnd-kit/core';
import { slotPoint } from './cellSlots.ts';
import { cellDropId } from './columnDrop.ts';
import type { CardSlot } from './dropTarget.ts';
import { nextCardSlot, nextColumnSlot, type Direction, type SlotGrid } from './keyboardSlots.ts';

const DIRECTIONS: Partial<Record<string, Direction>> = {
  [KeyboardCode.Up]: 'up',
  [KeyboardCode.Down]: 'down',
  [KeyboardCode.Left]: 'left',
  [KeyboardCode.Right]: 'right',
};

/**
 * What a drag knows between dnd-kit's callbacks: where a dragged card would land (set by the
 * pointer's collision detection or the arrow keys), or the header a dragged column is over (keyboard).
 */
export interface DragState {
  slot: CardSlot | null;
  columnTarget: UniqueIdentifier | null;
}

/**
 * The KeyboardSensor's coordinate getter: arrows move a card through the insertion points of its
 * column and its lanes (up, down) and across columns in the same lane (left, right); a dragged
 * column moves left and right. It decides the target from the board's structure (`gridFor`),
 * records it in `state`, and returns where the card is seen to go.
 */
export function boardKeyboardCoordinates(state: DragState, gridFor: (activeId: string) => SlotGrid): KeyboardCoordinateGetter {
  return (event, { context }) => {
    const direction = DIRECTIONS[event.code];
    if (!direction) return undefined;
    event.preventDefault();
    const { active, droppableRects, droppableContainers } = context;
    if (!active) return undefined;
    if (active.data.current?.type === 'column') {
      const entries = droppableContainers.getEnabled().map((c) => ({ id: c.id, data: c.data.current }));
      const nextId = nextColumnSlot(entries, state.columnTarget ?? active.id, direction);
      const rect = nextId === undefined ? undefined : droppableRects.get(nextId);
      if (nextId === undefined || !rect) return undefined;
      state.columnTarget = nextId;
      return { x: rect.left, y: rect.top };
    }
    const next = state.slot ? nextCardSlot(gridFor(String(active.id)), state.slot, direction) : undefined;
    const cell = next && droppableContainers.get(cellDropId(next.column, next.lane))?.node.current;
    if (!next || !cell) return undefined;
    state.slot = next;
    return slotPoint(cell, String(active.id), next.index);
  };
}
