// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { presenceColor, USER_COLORS } from '../../../client/sync/localUser.ts';

beforeEach(() => localStorage.clear());

describe('the presence colour', () => {
  it('is picked once and remembered, so others keep recognising this browser', () => {
    const first = presenceColor(() => 0.99);
    expect(first).toBe(USER_COLORS[USER_COLORS.length - 1]);
    expect(presenceColor(() => 0)).toBe(first);
  });

  it('keeps the colour stored before accounts (beside a name), and picks again when storage is unreadable', () => {
    localStorage.setItem('tavla.user', JSON.stringify({ name: 'Anna', color: '#047857' }));
    expect(presenceColor(() => 0)).toBe('#047857');
    localStorage.setItem('tavla.user', '{not json');
    expect(presenceColor(() => 0)).toBe(USER_COLORS[0]);
  });
});
