import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatTkr } from '../../../client/i18n/format.ts';

const NBSP = '\u00a0';

describe('formatTkr', () => {
  it('groups Swedish amounts with a no-break space and says tkr', () => {
    expect(formatTkr(157000, 'sv')).toBe(`157${NBSP}000${NBSP}tkr`);
    expect(formatTkr(1234567, 'sv')).toBe(`1${NBSP}234${NBSP}567${NBSP}tkr`);
  });

  it('groups English amounts with commas and says kSEK', () => {
    expect(formatTkr(157000, 'en')).toBe(`157,000${NBSP}kSEK`);
  });

  it('keeps small amounts and one decimal', () => {
    expect(formatTkr(0, 'sv')).toBe(`0${NBSP}tkr`);
    expect(formatNumber(1500.25, 'sv')).toBe(`1${NBSP}500,3`);
    expect(formatNumber(1500.25, 'en')).toBe('1,500.3');
  });
});

describe('formatDate', () => {
  it('shows an ISO date as it is, in both languages', () => {
    expect(formatDate('2025-06-18')).toBe('2025-06-18');
  });

  it('shows a moment as its local date and time', () => {
    const moment = new Date(2025, 5, 18, 9, 5);
    expect(formatDate(moment)).toBe('2025-06-18');
    expect(formatDateTime(moment.getTime())).toBe('2025-06-18 09:05');
  });
});
