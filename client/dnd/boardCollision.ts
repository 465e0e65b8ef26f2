import { closestCenter, pointerWithin, type CollisionDetection } from '@dnd-kit/core';
import type { KeyboardTarget } from './boardKeyboardCoordinates.ts';

const typeOf = (container: { data: { current?: Record<string, unknown> } }): unknown => container.data.current?.type;

/**
 * Which droppable a drag is over. From the keyboard: exactly where the arrows sent it (the
 * coordinate getter's target), so what is announced is what is dropped. From a pointer: the
 * card under it, else the cell (its empty space); a dragged column looks at columns only.
 */
export function boardCollision(target: KeyboardTarget): CollisionDetection {
  return (args) => {
    const isColumn = args.active.data.current?.type === 'column';
    if (!args.pointerCoordinates) {
      const id = target.current ?? args.active.id;
      const container = args.droppableContainers.find((c) => c.id === id);
      return container ? [{ id, data: { droppableContainer: container, value: 0 } }] : [];
    }
    if (isColumn) return closestCenter({ ...args, droppableContainers: args.droppableContainers.filter((c) => typeOf(c) === 'column') });
    const candidates = args.droppableContainers.filter((c) => typeOf(c) === 'card' || typeOf(c) === 'cell');
    const hits = pointerWithin({ ...args, droppableContainers: candidates });
    const card = hits.find((hit) => hit.data?.droppableContainer?.data.current?.type === 'card');
    return card ? [card] : hits.slice(0, 1);
  };
}
