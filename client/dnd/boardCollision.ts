import { closestCenter, pointerWithin, type CollisionDetection, type DroppableContainer } from '@dnd-kit/core';
import type { DragState } from './boardKeyboardCoordinates.ts';
import { pointerIndex } from './cellSlots.ts';
import { cellDropId } from './columnDrop.ts';

const typeOf = (container: DroppableContainer): unknown => container.data.current?.type;

/**
 * Which droppable a drag is over, and for a card, where in it. The droppables are the cells
 * (and the column headers), never the cards: a board of 1,000 cards would otherwise register,
 * measure and hit-test 1,000 rects per drag. From a pointer, the cell under it, and the slot
 * among that cell's cards from their rects, recorded in `state`; from the keyboard, exactly
 * where the arrows sent it (`state`), so what is announced is what is dropped. A dragged
 * column looks at the column headers only.
 */
export function boardCollision(state: DragState): CollisionDetection {
  return (args) => {
    const isColumn = args.active.data.current?.type === 'column';
    if (!args.pointerCoordinates) {
      const id = isColumn ? (state.columnTarget ?? args.active.id) : state.slot && cellDropId(state.slot.column, state.slot.lane);
      const container = id === null ? undefined : args.droppableContainers.find((c) => c.id === id);
      return container ? [{ id: container.id, data: { droppableContainer: container, value: 0 } }] : [];
    }
    if (isColumn) return closestCenter({ ...args, droppableContainers: args.droppableContainers.filter((c) => typeOf(c) === 'column') });
    const [hit] = pointerWithin({ ...args, droppableContainers: args.droppableContainers.filter((c) => typeOf(c) === 'cell') });
    const cell = hit && args.droppableContainers.find((c) => c.id === hit.id);
    const node = cell?.node.current;
    const data = cell?.data.current;
    state.slot = node && data ? { column: String(data.column), lane: String(data.lane), index: pointerIndex(node, String(args.active.id), args.pointerCoordinates.y) } : null;
    return hit ? [hit] : [];
  };
}
