/** Where the shown cards are: a card's cell, and the ids each cell shows in order (after the filter). */
export interface LayoutView {
  cellOf(cardId: string): { column: string; lane: string } | undefined;
  cardsIn(column: string, lane: string): readonly string[];
}

/** What a dragged card is over: another card, or a cell (its empty space, meaning "last"). */
export type DropOver = { type: 'card'; id: string } | { type: 'cell'; column: string; lane: string };

/** Where a drop puts the card, with its 1-based position among `count` cards of the target cell. */
export interface DropTarget {
  column: string;
  lane: string;
  /** The card it goes before; undefined = last (moveCard's convention). */
  beforeCardId: string | undefined;
  position: number;
  count: number;
}

/**
 * Where dropping `activeId` over `over` puts it. Within its own cell a drop over a card takes
 * that card's place (sortable's arrayMove: after it when moving down, before it when moving up);
 * in another cell it goes before the card; over a cell's empty space it goes last.
 */
export function resolveCardDrop(view: LayoutView, activeId: string, over: DropOver): DropTarget | undefined {
  const cell = over.type === 'card' ? view.cellOf(over.id) : { column: over.column, lane: over.lane };
  if (!cell) return undefined;
  const ids = view.cardsIn(cell.column, cell.lane);
  const from = ids.indexOf(activeId);
  if (over.type === 'cell') {
    const others = ids.filter((id) => id !== activeId);
    return { ...cell, beforeCardId: undefined, position: others.length + 1, count: others.length + 1 };
  }
  const to = ids.indexOf(over.id);
  if (to < 0) return undefined;
  if (from < 0) return { ...cell, beforeCardId: over.id, position: to + 1, count: ids.length + 1 };
  // Same cell: the list as it will be after the move decides the neighbour it goes before.
  const reordered = ids.filter((id) => id !== activeId);
  reordered.splice(to, 0, activeId);
  return { ...cell, beforeCardId: reordered[to + 1], position: to + 1, count: ids.length };
}

/** Where a card is now, as a DropTarget (for "picked up" and "cancelled" announcements). */
export function currentPlace(view: LayoutView, cardId: string): DropTarget | undefined {
  const cell = view.cellOf(cardId);
  if (!cell) return undefined;
  const ids = view.cardsIn(cell.column, cell.lane);
  const at = ids.indexOf(cardId);
  return { ...cell, beforeCardId: ids[at + 1], position: at + 1, count: ids.length };
}
