import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../client/auth/authApi.ts';
import { formatHistoryLine, historyLines } from '../../../client/auth/historyLines.ts';
import { createI18n } from '../../../client/i18n/i18n.ts';

const AT = '2025-04-15T08:14:00.000Z';
let nextId = 100;
/** Entries newest first, as the feed lists them: each call's id is smaller than the one before. */
const entry = (changes: Partial<HistoryEntry>): HistoryEntry => ({ id: nextId--, at: AT, userId: 'u1', actor: 'Anna Sundén', cardId: 'c1', field: 'effect', change: 'set', ...changes });
const sv = createI18n('sv');
const spaces = (text: string): string => text.replace(/\u00a0|\u202f/g, ' ');

describe('the feed’s lines (HIST9)', () => {
  it('[HIST9] one update’s values and prose of one card share a line; another card, another time, another author, a created card, a toggle and a decision do not', () => {
    const feed = [
      entry({ field: 'comment', change: 'text' }),
      entry({ from: 20_000, to: 21_000 }),
      entry({ field: 'column', from: 'k1', to: 'k2' }),
      entry({ cardId: 'c2', from: 1, to: 2 }),
      entry({ cardId: 'c2', field: 'archived', from: false, to: true }),
      entry({ cardId: 'c2', at: '2025-04-15T08:13:00.000Z', from: 3, to: 1 }),
      entry({ cardId: 'c2', at: '2025-04-15T08:13:00.000Z', actor: 'Bo', userId: 'u2', field: 'comment', change: 'text' }),
      entry({ cardId: 'c3', field: 'card', change: 'created', to: 'Nytt' }),
      entry({ cardId: 'c3', field: 'decisionRef', to: { decision: 'd1', meeting: 'm1', body: 'HSN', date: '2025-06-18' } }),
    ];
    const lines = historyLines(feed);
    expect(lines.map((line) => line.entries.length)).toEqual([3, 1, 1, 1, 1, 1, 1]);
    expect(lines.map((line) => line.id)).toEqual(lines.map((line) => line.entries[0]!.id));
    const say = lines.map((line) => spaces(formatHistoryLine(line, sv.t, 'sv', (id) => ({ k1: 'Idé', k2: 'Beslutad' })[id])));
    expect(say[0]).toBe('Anna Sundén ändrade kolumn från Idé till Beslutad, ekonomisk effekt från 20 000 tkr till 21 000 tkr och kommentar');
    expect(say.slice(1)).toEqual([
      'Anna Sundén ändrade ekonomisk effekt från 1 tkr till 2 tkr',
      'Anna Sundén arkiverade kortet',
      'Anna Sundén ändrade ekonomisk effekt från 3 tkr till 1 tkr',
      'Bo ändrade kommentar',
      'Anna Sundén skapade kortet Nytt',
      'Anna Sundén förde in beslutet från HSN 2025-06-18',
    ]);
  });
});

describe('entries that change nothing (A11Y23)', () => {
  it('[A11Y23] a value set to what it was is not shown, nor does it join a line', () => {
    const feed = [entry({ from: 20_000, to: 20_000 }), entry({ field: 'comment', change: 'text' }), entry({ field: 'status', from: 'red', to: 'red' }), entry({ from: 1, to: 2 })];
    const lines = historyLines(feed);
    expect(lines.map((line) => line.entries.map((e) => e.field))).toEqual([['comment', 'effect']]);
    expect(historyLines([entry({ field: 'responsible', from: ['Anna'], to: ['Anna'] })])).toEqual([]);
  });
});
