import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../client/auth/authApi.ts';
import { formatHistoryEntry } from '../../../client/auth/formatHistoryEntry.ts';
import { createI18n } from '../../../client/i18n/i18n.ts';

const REF = { meeting: 'hsn-2025-06', decision: 'd12', body: 'HSN', date: '2025-06-18' };
const entry = (changes: Partial<HistoryEntry>): HistoryEntry => ({ id: 1, at: '2025-06-18T10:00:00.000Z', userId: 'u1', actor: 'Anna Sundén', cardId: 'c1', field: 'decisionRef', change: 'set', ...changes });
const [sv, en] = [createI18n('sv'), createI18n('en')];

describe('a decision in the card’s history (DEC1, HIST2)', () => {
  it('[DEC1] reads as the decision brought onto the card, by its body and date, never its ids', () => {
    expect(formatHistoryEntry(entry({ to: REF }), sv.t, 'sv')).toBe('Anna Sundén förde in beslutet från HSN 2025-06-18');
    expect(formatHistoryEntry(entry({ to: REF }), en.t, 'en')).toBe('Anna Sundén applied the decision of HSN 2025-06-18');
    expect(formatHistoryEntry(entry({ from: REF, to: { ...REF, decision: 'd13', body: 'RS' } }), sv.t, 'sv')).toBe('Anna Sundén förde in beslutet från RS 2025-06-18');
  });

  it('[DEC1] a reference cleared names what it was', () => {
    expect(formatHistoryEntry(entry({ from: REF }), sv.t, 'sv')).toBe('Anna Sundén tog bort beslut (var HSN 2025-06-18)');
  });
});
