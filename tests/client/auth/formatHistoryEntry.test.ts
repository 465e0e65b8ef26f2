import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../client/auth/authApi.ts';
import { formatHistoryEntry } from '../../../client/auth/formatHistoryEntry.ts';
import { createI18n } from '../../../client/i18n/i18n.ts';

const entry = (changes: Partial<HistoryEntry>): HistoryEntry => ({ id: 1, at: '2025-04-15T08:14:00.000Z', userId: 'u1', actor: 'Anna Sundén', cardId: 'c1', field: 'effect', change: 'set', ...changes });
const nbsp = (text: string): string => text.replace(/\u00a0|\u202f/g, ' ');

describe('history entries as sentences (HIST2)', () => {
  const sv = createI18n('sv');
  const en = createI18n('en');
  const say = (e: HistoryEntry, i18n = sv) => nbsp(formatHistoryEntry(e, i18n.t, i18n.language));

  it('[HIST2] a changed value reads "… ändrade ekonomisk effekt från 20 000 till 15 000"', () => {
    expect(say(entry({ from: 20_000, to: 15_000 }))).toBe('Anna Sundén ändrade ekonomisk effekt från 20 000 till 15 000');
    expect(say(entry({ from: 20_000, to: 15_000 }), en)).toBe('Anna Sundén changed the financial effect from 20,000 to 15,000');
  });

  it('[HIST2] set for the first time, cleared, text, cards, reports and board parts', () => {
    expect(say(entry({ field: 'responsible', to: ['Anna', 'Bo'] }))).toBe('Anna Sundén satte ansvariga till Anna, Bo');
    expect(say(entry({ field: 'status', from: 'red' }))).toBe('Anna Sundén tog bort status (var red)');
    expect(say(entry({ field: 'comment', change: 'text' }))).toBe('Anna Sundén ändrade kommentar');
    expect(say(entry({ field: 'card', change: 'created', to: 'Färre hyrläkare' }))).toBe('Anna Sundén skapade kortet Färre hyrläkare');
    expect(say(entry({ field: 'reports.2025-04', change: 'created' }))).toBe('Anna Sundén lade till rapporten för april 2025');
    expect(say(entry({ field: 'reports.2025-04.risks', change: 'text' }))).toBe('Anna Sundén ändrade rapporten april 2025');
    expect(say(entry({ cardId: null, field: 'columns', change: 'board' }))).toBe('Anna Sundén ändrade kolumnerna');
    expect(say(entry({ actor: '', field: 'comment', change: 'text' }))).toBe('Någon ändrade kommentar');
  });
});

describe('a card moved between columns', () => {
  const sv = createI18n('sv');
  const titles = new Map([['col-a', 'Förslag'], ['col-b', 'Beslutad']]);
  it('[HIST2] names the columns by their titles, and keeps an id no column has any longer', () => {
    const moved = entry({ field: 'column', from: 'col-a', to: 'col-b' });
    expect(formatHistoryEntry(moved, sv.t, 'sv', (id) => titles.get(id))).toBe('Anna Sundén ändrade kolumn från Förslag till Beslutad');
    expect(formatHistoryEntry(entry({ field: 'column', from: 'gone', to: 'col-a' }), sv.t, 'sv', (id) => titles.get(id))).toBe('Anna Sundén ändrade kolumn från gone till Förslag');
  });
});
