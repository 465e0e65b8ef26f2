// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { nextCardSlot, nextColumnSlot, type SlotEntry, type SlotGrid } from '../../../client/dnd/keyboardSlots.ts';
import { currentPlace, placeAt, slotOf, type LayoutView } from '../../../client/dnd/dropTarget.ts';
import { pointerIndex, slotPoint } from '../../../client/dnd/cellSlots.ts';
import { resolveColumnDrop } from '../../../client/dnd/columnDrop.ts';

// Two columns × two lanes: c1/top holds a1, a2; c1/bottom is empty; c2/top holds b1; c2/bottom holds b2.
const cells: Record<string, string[]> = { 'c1|top': ['a1', 'a2'], 'c1|bottom': [], 'c2|top': ['b1'], 'c2|bottom': ['b2'] };
const view: LayoutView = {
  cellOf: (id) => {
    const key = Object.keys(cells).find((k) => cells[k]!.includes(id));
    return key ? { column: key.split('|')[0]!, lane: key.split('|')[1]! } : undefined;
  },
  cardsIn: (column, lane) => cells[`${column}|${lane}`] ?? [],
};
/** The grid as the keyboard sees it while `active` is dragged. */
const grid = (active: string): SlotGrid => ({
  columns: ['c1', 'c2'],
  lanes: ['top', 'bottom'],
  count: (column, lane) => view.cardsIn(column, lane).filter((id) => id !== active).length,
});
const at = (column: string, lane: string, index: number) => ({ column, lane, index });

describe('keyboard slots (insertion points among the other cards)', () => {
  it('walks down a cell, then into the lane below, and stops at the bottom', () => {
    const g = grid('a1');
    expect(nextCardSlot(g, at('c1', 'top', 0), 'down')).toEqual(at('c1', 'top', 1));
    expect(nextCardSlot(g, at('c1', 'top', 1), 'down')).toEqual(at('c1', 'bottom', 0));
    expect(nextCardSlot(g, at('c1', 'bottom', 0), 'down')).toBeUndefined();
  });

  it('walks up to the end of the lane above, and stops at the top', () => {
    const g = grid('b2');
    expect(nextCardSlot(g, at('c2', 'bottom', 0), 'up')).toEqual(at('c2', 'top', 1));
    expect(nextCardSlot(g, at('c2', 'top', 1), 'up')).toEqual(at('c2', 'top', 0));
    expect(nextCardSlot(g, at('c2', 'top', 0), 'up')).toBeUndefined();
  });

  it('crosses columns in the same lane at the same index, or that cell\'s end', () => {
    const g = grid('a2');
    expect(nextCardSlot(g, at('c1', 'top', 0), 'right')).toEqual(at('c2', 'top', 0));
    expect(nextCardSlot(grid('x'), at('c1', 'top', 2), 'right')).toEqual(at('c2', 'top', 1));
    expect(nextCardSlot(g, at('c2', 'bottom', 1), 'left')).toEqual(at('c1', 'bottom', 0));
    expect(nextCardSlot(g, at('c2', 'top', 0), 'right')).toBeUndefined();
  });

  it('moves a dragged column among the column headers only', () => {
    const headers: SlotEntry[] = ['x', 'y', 'z'].map((id, index) => ({ id, data: { type: 'column', sortable: { containerId: 'cols', index } } }));
    const cell: SlotEntry = { id: 'cell', data: { type: 'cell' } };
    expect(nextColumnSlot([...headers, cell], 'y', 'right')).toBe('z');
    expect(nextColumnSlot(headers, 'x', 'left')).toBeUndefined();
    expect(nextColumnSlot(headers, 'x', 'down')).toBeUndefined();
  });
});

describe('drop targets', () => {
  it('places a card at an insertion point among the other cards of the cell', () => {
    expect(placeAt(view, 'a1', at('c1', 'top', 1))).toMatchObject({ beforeCardId: undefined, position: 2, count: 2 });
    expect(placeAt(view, 'a2', at('c1', 'top', 0))).toMatchObject({ beforeCardId: 'a1', position: 1, count: 2 });
    expect(placeAt(view, 'a1', at('c2', 'top', 0))).toMatchObject({ column: 'c2', beforeCardId: 'b1', position: 1, count: 2 });
    expect(placeAt(view, 'a1', at('c2', 'top', 5))).toMatchObject({ beforeCardId: undefined, position: 2, count: 2 });
  });

  it('tells where a card is now, as a slot and as a place', () => {
    expect(slotOf(view, 'a2')).toEqual(at('c1', 'top', 1));
    expect(slotOf(view, 'gone')).toBeUndefined();
    expect(currentPlace(view, 'a1')).toMatchObject({ column: 'c1', lane: 'top', position: 1, count: 2, beforeCardId: 'a2' });
  });

  it('places a dropped column like sortable does', () => {
    expect(resolveColumnDrop(['x', 'y', 'z'], 'x', 'z')).toEqual({ beforeColumnId: undefined, position: 3, count: 3 });
    expect(resolveColumnDrop(['x', 'y', 'z'], 'z', 'x')).toEqual({ beforeColumnId: 'x', position: 1, count: 3 });
  });
});

describe('slots in a cell element', () => {
  /** A cell with cards 40 px tall every 50 px from y = 100, their rects as a browser would give them. */
  function cellElement(ids: string[]): HTMLElement {
    const cell = document.createElement('section');
    ids.forEach((id, i) => {
      const card = document.createElement('article');
      card.dataset.cardId = id;
      card.getBoundingClientRect = () => ({ left: 10, right: 210, width: 200, top: 100 + i * 50, bottom: 140 + i * 50, height: 40, x: 10, y: 100 + i * 50, toJSON: () => ({}) });
      cell.append(card);
    });
    cell.getBoundingClientRect = () => ({ left: 5, right: 215, width: 210, top: 95, bottom: 300, height: 205, x: 5, y: 95, toJSON: () => ({}) });
    return cell;
  }

  it('puts a pointer before the first other card whose middle is below it, else last', () => {
    const cell = cellElement(['a', 'b', 'c']);
    expect(pointerIndex(cell, 'x', 90)).toBe(0);
    expect(pointerIndex(cell, 'x', 125)).toBe(1);
    expect(pointerIndex(cell, 'x', 400)).toBe(3);
    // The dragged card is not counted: over its own place the pointer is between its neighbours.
    expect(pointerIndex(cell, 'b', 165)).toBe(1);
  });

  it('shows a keyboard slot at the card it goes before, below the last card, or at the top of an empty cell', () => {
    const cell = cellElement(['a', 'b']);
    expect(slotPoint(cell, 'x', 1)).toEqual({ x: 10, y: 150 });
    expect(slotPoint(cell, 'x', 2)).toEqual({ x: 10, y: 198 });
    expect(slotPoint(cellElement([]), 'x', 0)).toEqual({ x: 13, y: 103 });
  });
});
