import { KeyboardCode, type KeyboardCoordinateGetter, type UniqueIdentifier } from '@dnd-kit/core';
import { cardSlotColumns, nextCardSlot, nextColumnSlot, type Direction, type SlotEntry } from './keyboardSlots.ts';

const DIRECTIONS: Partial<Record<string, Direction>> = {
  [KeyboardCode.Up]: 'up',
  [KeyboardCode.Down]: 'down',
  [KeyboardCode.Left]: 'left',
  [KeyboardCode.Right]: 'right',
};

/** Where the keyboard last sent the drag; boardCollision reads it so the drop lands exactly there. */
export interface KeyboardTarget {
  current: UniqueIdentifier | null;
}

/**
 * The KeyboardSensor's coordinate getter: arrows move a card through its column and its lanes
 * (up, down) and across columns in the same lane (left, right); a dragged column moves left
 * and right. It decides the target from the board's structure and records it in `target`, and
 * returns that target's position so the card is seen to move there.
 */
export function boardKeyboardCoordinates(target: KeyboardTarget): KeyboardCoordinateGetter {
  return (event, { context }) => {
    const direction = DIRECTIONS[event.code];
    if (!direction) return undefined;
    event.preventDefault();
    const { active, over, collisionRect, droppableRects, droppableContainers } = context;
    if (!active || !collisionRect) return undefined;
    const entries: SlotEntry[] = droppableContainers.getEnabled().map((c) => ({ id: c.id, data: c.data.current }));
    const currentId = over?.id ?? active.id;
    let nextId: UniqueIdentifier | undefined;
    let atEnd = false;
    if (active.data.current?.type === 'column') nextId = nextColumnSlot(entries, currentId, direction);
    else {
      const slot = nextCardSlot(cardSlotColumns(entries), currentId, direction);
      nextId = slot?.id;
      atEnd = slot?.end ?? false;
    }
    const rect = nextId === undefined ? undefined : droppableRects.get(nextId);
    if (nextId === undefined || !rect) return undefined;
    target.current = nextId;
    return { x: rect.left, y: atEnd ? Math.max(rect.top, rect.bottom - collisionRect.height) : rect.top };
  };
}
