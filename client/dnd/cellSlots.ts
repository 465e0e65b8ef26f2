/** The cards a cell element shows other than the dragged one, top to bottom. */
function otherCards(cell: HTMLElement, activeId: string): HTMLElement[] {
  return [...cell.querySelectorAll<HTMLElement>('[data-card-id]')].filter((card) => card.dataset.cardId !== activeId);
}

/**
 * The insertion index under a pointer at `y` in a cell element: before the first other card
 * whose middle is below the pointer, else last. Reads the rects of that one cell only, top
 * down, and stops at the first card below the pointer.
 */
export function pointerIndex(cell: HTMLElement, activeId: string, y: number): number {
  const cards = otherCards(cell, activeId);
  const index = cards.findIndex((card) => {
    const rect = card.getBoundingClientRect();
    return y < rect.top + rect.height / 2;
  });
  return index < 0 ? cards.length : index;
}

const GAP = 8;

/** Where a dragged card is shown for insertion point `index` of a cell (keyboard): at the card it goes before, or below the last one. */
export function slotPoint(cell: HTMLElement, activeId: string, index: number): { x: number; y: number } {
  const cards = otherCards(cell, activeId);
  const before = cards[index];
  if (before) {
    const rect = before.getBoundingClientRect();
    return { x: rect.left, y: rect.top };
  }
  const last = cards.at(-1)?.getBoundingClientRect();
  const box = cell.getBoundingClientRect();
  return last ? { x: last.left, y: last.bottom + GAP } : { x: box.left + GAP, y: box.top + GAP };
}
