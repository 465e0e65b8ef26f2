import { describe, expect, it } from 'vitest';
import { percentOfTarget } from '../../shared/percentOfTarget.ts';

describe('A11Y22: the share of the target as shown', () => {
  it('never reads 100 % before the target is met', () => {
    expect(percentOfTarget(249_700 / 250_000)).toBe(99.9);
    expect(percentOfTarget(249_999 / 250_000)).toBe(99.9);
    expect(percentOfTarget(0.996)).toBe(99.6);
  });

  it('reads 100 % at the target, and whole percents elsewhere', () => {
    expect(percentOfTarget(1)).toBe(100);
    expect(percentOfTarget(36_000 / 213_000)).toBe(17);
    expect(percentOfTarget(237_000 / 213_000)).toBe(111);
    expect(percentOfTarget(0)).toBe(0);
  });
});
