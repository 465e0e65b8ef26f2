import { describe, expect, it } from 'vitest';
import { leaderPlaceOf, sameLeaderPlace } from '../../../shared/meeting/leaderViewShape.ts';

describe('the place a leader’s view names (FOL1, PRS4)', () => {
  it('[FOL1][PRS4] copies the item, board and card when they are ids, and nothing else', () => {
    expect(leaderPlaceOf({ itemId: 'i2', boardId: 'hsf-atgarder', cardId: 'k1', at: 5, extra: '<script>' })).toEqual({ itemId: 'i2', boardId: 'hsf-atgarder', cardId: 'k1' });
    expect(leaderPlaceOf({ itemId: 'i1' })).toEqual({ itemId: 'i1' });
  });

  it('[FOL1] a card without its board names nothing to open and is dropped', () => {
    expect(leaderPlaceOf({ itemId: 'i1', cardId: 'k1' })).toEqual({ itemId: 'i1' });
  });

  it('[FOL1][PRS4] an id that is not an id, a missing item, or no object at all is no place', () => {
    for (const value of [{ itemId: '__proto__' }, { itemId: 'i1', boardId: '../admin' }, { itemId: 'i1', boardId: 'b', cardId: 7 }, { boardId: 'b1' }, 'i2', null, [{ itemId: 'i1' }]]) {
      expect(leaderPlaceOf(value), JSON.stringify(value)).toBeUndefined();
    }
  });

  it('[FOL2] two views show the same place when item, board and card agree, whatever their `at`', () => {
    expect(sameLeaderPlace({ itemId: 'i1', boardId: 'b' }, { itemId: 'i1', boardId: 'b' })).toBe(true);
    expect(sameLeaderPlace({ itemId: 'i1', boardId: 'b' }, { itemId: 'i1', boardId: 'b', cardId: 'k' })).toBe(false);
    expect(sameLeaderPlace(undefined, { itemId: 'i1' })).toBe(false);
    expect(sameLeaderPlace(undefined, undefined)).toBe(true);
  });
});
