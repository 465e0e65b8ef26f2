/** Where the shown cards are: a card's cell, and the ids each cell shows in order (after the filter). */
export interface LayoutView {
  cellOf(cardId: string): { column: string; lane: string } | undefined;
  cardsIn(column: string, lane: string): readonly string[];
}

/**
 * Where a dragged card would land: a cell and an insertion point among that cell's other cards
 * (0 = first, their count = last). The dragged card itself is never counted, so a slot means
 * the same before and after the move.
 */
export interface CardSlot {
  column: string;
  lane: string;
  index: number;
}

/** Where a drop puts the card, with its 1-based position among `count` cards of the target cell. */
export interface DropTarget {
  column: string;
  lane: string;
  /** The card it goes before; undefined = last (moveCard's convention). */
  beforeCardId: string | undefined;
  position: number;
  count: number;
}

/** The cards of a cell other than `cardId`, in order. */
export const othersIn = (view: LayoutView, column: string, lane: string, cardId: string): readonly string[] =>
  view.cardsIn(column, lane).filter((id) => id !== cardId);

/** Where dropping `cardId` at `slot` puts it (an index past the end means last). */
export function placeAt(view: LayoutView, cardId: string, slot: CardSlot): DropTarget {
  const others = othersIn(view, slot.column, slot.lane, cardId);
  const index = Math.max(0, Math.min(slot.index, others.length));
  return { column: slot.column, lane: slot.lane, beforeCardId: others[index], position: index + 1, count: others.length + 1 };
}

/** The slot a shown card is in now; undefined when it is not shown (archived or filtered out). */
export function slotOf(view: LayoutView, cardId: string): CardSlot | undefined {
  const cell = view.cellOf(cardId);
  const index = cell ? view.cardsIn(cell.column, cell.lane).indexOf(cardId) : -1;
  return cell && index >= 0 ? { ...cell, index } : undefined;
}

/** Whether two slots are the same place. */
export const sameSlot = (a: CardSlot | null | undefined, b: CardSlot | null | undefined): boolean =>
  a === b || (!!a && !!b && a.column === b.column && a.lane === b.lane && a.index === b.index);

/** Where a card is now, as a DropTarget (for "picked up" and "cancelled" announcements). */
export function currentPlace(view: LayoutView, cardId: string): DropTarget | undefined {
  const slot = slotOf(view, cardId);
  return slot && placeAt(view, cardId, slot);
}
