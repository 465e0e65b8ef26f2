import { describe, expect, it } from 'vitest';
import { cardSlotColumns, nextCardSlot, nextColumnSlot, type SlotEntry } from '../../../client/dnd/keyboardSlots.ts';
import { currentPlace, resolveCardDrop, type LayoutView } from '../../../client/dnd/dropTarget.ts';
import { resolveColumnDrop } from '../../../client/dnd/columnDrop.ts';

// Two columns × two lanes: c1/top holds a1, a2; c1/bottom is empty; c2/top holds b1; c2/bottom holds b2.
const cell = (id: string, columnIndex: number, laneIndex: number): SlotEntry => ({ id, data: { type: 'cell', columnIndex, laneIndex } });
const card = (id: string, containerId: string, index: number): SlotEntry => ({ id, data: { type: 'card', sortable: { containerId, index } } });
const entries: SlotEntry[] = [
  card('a2', 'c1-top', 1), card('b2', 'c2-bottom', 0), card('a1', 'c1-top', 0), card('b1', 'c2-top', 0),
  cell('c2-bottom', 1, 1), cell('c1-top', 0, 0), cell('c1-bottom', 0, 1), cell('c2-top', 1, 0),
];

describe('keyboard slots', () => {
  const columns = cardSlotColumns(entries);

  it('lays each column out top to bottom: a lane\'s cards, then its end', () => {
    expect(columns.map((slots) => slots.map((s) => s.id))).toEqual([
      ['a1', 'a2', 'c1-top', 'c1-bottom'],
      ['b1', 'c2-top', 'b2', 'c2-bottom'],
    ]);
  });

  it('walks up and down a column through its lanes', () => {
    expect(nextCardSlot(columns, 'a1', 'down')?.id).toBe('a2');
    expect(nextCardSlot(columns, 'c1-top', 'down')?.id).toBe('c1-bottom');
    expect(nextCardSlot(columns, 'a1', 'up')).toBeUndefined();
    expect(nextCardSlot(columns, 'c1-bottom', 'down')).toBeUndefined();
  });

  it('crosses columns in the same lane at the same index, or that lane\'s end', () => {
    expect(nextCardSlot(columns, 'a1', 'right')?.id).toBe('b1');
    expect(nextCardSlot(columns, 'a2', 'right')).toMatchObject({ id: 'c2-top', end: true });
    expect(nextCardSlot(columns, 'c1-bottom', 'right')?.id).toBe('b2');
    expect(nextCardSlot(columns, 'b2', 'left')?.id).toBe('c1-bottom');
    expect(nextCardSlot(columns, 'b1', 'right')).toBeUndefined();
  });

  it('moves a dragged column among the column headers only', () => {
    const headers: SlotEntry[] = ['x', 'y', 'z'].map((id, index) => ({ id, data: { type: 'column', sortable: { containerId: 'cols', index } } }));
    expect(nextColumnSlot([...headers, ...entries], 'y', 'right')).toBe('z');
    expect(nextColumnSlot(headers, 'x', 'left')).toBeUndefined();
    expect(nextColumnSlot(headers, 'x', 'down')).toBeUndefined();
  });
});

describe('drop targets', () => {
  const cells: Record<string, string[]> = { 'c1|': ['a', 'b', 'c'], 'c2|': ['d'] };
  const view: LayoutView = {
    cellOf: (id) => {
      const key = Object.keys(cells).find((k) => cells[k]!.includes(id));
      return key ? { column: key.split('|')[0]!, lane: '' } : undefined;
    },
    cardsIn: (column, lane) => cells[`${column}|${lane}`] ?? [],
  };

  it('within a cell takes the place of the card it is dropped on', () => {
    expect(resolveCardDrop(view, 'a', { type: 'card', id: 'c' })).toMatchObject({ beforeCardId: undefined, position: 3, count: 3 });
    expect(resolveCardDrop(view, 'a', { type: 'card', id: 'b' })).toMatchObject({ beforeCardId: 'c', position: 2, count: 3 });
    expect(resolveCardDrop(view, 'c', { type: 'card', id: 'a' })).toMatchObject({ beforeCardId: 'a', position: 1, count: 3 });
  });

  it('in another cell goes before the card, or last over the empty space', () => {
    expect(resolveCardDrop(view, 'a', { type: 'card', id: 'd' })).toMatchObject({ column: 'c2', beforeCardId: 'd', position: 1, count: 2 });
    expect(resolveCardDrop(view, 'a', { type: 'cell', column: 'c2', lane: '' })).toMatchObject({ beforeCardId: undefined, position: 2, count: 2 });
    expect(resolveCardDrop(view, 'a', { type: 'card', id: 'nowhere' })).toBeUndefined();
  });

  it('tells where a card is now', () => {
    expect(currentPlace(view, 'b')).toMatchObject({ column: 'c1', position: 2, count: 3, beforeCardId: 'c' });
  });

  it('places a dropped column like sortable does', () => {
    expect(resolveColumnDrop(['x', 'y', 'z'], 'x', 'z')).toEqual({ beforeColumnId: undefined, position: 3, count: 3 });
    expect(resolveColumnDrop(['x', 'y', 'z'], 'z', 'x')).toEqual({ beforeColumnId: 'x', position: 1, count: 3 });
  });
});
