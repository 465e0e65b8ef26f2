import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../client/auth/authApi.ts';
import { formatHistoryEntry } from '../../../client/auth/formatHistoryEntry.ts';
import { createI18n } from '../../../client/i18n/i18n.ts';

const entry = (changes: Partial<HistoryEntry>): HistoryEntry => ({ id: 1, at: '2025-04-15T08:14:00.000Z', userId: 'u1', actor: 'Anna Sundén', cardId: 'c1', field: 'effect', change: 'set', ...changes });
const nbsp = (text: string): string => text.replace(/\u00a0|\u202f/g, ' ');
const sv = createI18n('sv');
const en = createI18n('en');
const say = (e: HistoryEntry, i18n = sv) => nbsp(formatHistoryEntry(e, i18n.t, i18n.language));

/** Each case as [entry, Swedish sentence, English sentence]. */
const both = (cases: [Partial<HistoryEntry>, string, string][]): void => {
  for (const [changes, swedish, english] of cases) {
    expect(say(entry(changes))).toBe(swedish);
    expect(say(entry(changes), en)).toBe(english);
  }
};

describe('history entries as sentences (HIST2)', () => {
  it('[HIST2] a changed effect reads in tkr: "… ändrade ekonomisk effekt från 20 000 tkr till 15 000 tkr"', () => {
    both([
      [{ from: 20_000, to: 15_000 }, 'Anna Sundén ändrade ekonomisk effekt från 20 000 tkr till 15 000 tkr', 'Anna Sundén changed the financial effect from 20,000 kSEK to 15,000 kSEK'],
      [{ field: 'meta.target', cardId: null, from: 100_000, to: 120_000 }, 'Anna Sundén ändrade tavlans mål från 100 000 tkr till 120 000 tkr', 'Anna Sundén changed the board’s target from 100,000 kSEK to 120,000 kSEK'],
    ]);
  });

  it('[HIST2] stored codes read as the UI labels them: status, RAG, decision level, source, board kind', () => {
    both([
      [{ field: 'status', from: 'ongoing', to: 'doneWithDeviation' }, 'Anna Sundén ändrade status från pågår till klar med avvikelse', 'Anna Sundén changed the status from ongoing to done with deviation'],
      [{ field: 'status', from: 'red' }, 'Anna Sundén tog bort status (var röd)', 'Anna Sundén removed the status (was red)'],
      [{ field: 'rag', to: 'yellow' }, 'Anna Sundén satte bedömning till gul', 'Anna Sundén set the assessment to yellow'],
      [{ field: 'decisionLevel', from: 'political', to: 'official' }, 'Anna Sundén ändrade beslutsnivå från kräver politiskt beslut till beslutas på tjänstemannanivå', 'Anna Sundén changed the decision level from needs a political decision to decided by officials'],
      [{ field: 'source', to: 'council' }, 'Anna Sundén satte källa till fullmäktige', 'Anna Sundén set the source to council'],
      [{ field: 'meta.kind', cardId: null, from: 'general', to: 'measures' }, 'Anna Sundén ändrade tavlans typ från allmän till åtgärder', 'Anna Sundén changed the board’s kind from general to measures'],
      [{ field: 'status', from: 'someday', to: 'done' }, 'Anna Sundén ändrade status från someday till klar', 'Anna Sundén changed the status from someday to done'],
    ]);
  });

  it('[HIST2] yes/no fields read as what was done: archived, restored, a report marked (not) ready', () => {
    both([
      [{ field: 'archived', from: false, to: true }, 'Anna Sundén arkiverade kortet', 'Anna Sundén archived the card'],
      [{ field: 'archived', from: true, to: false }, 'Anna Sundén återställde kortet', 'Anna Sundén restored the card'],
      [{ field: 'reports.2025-05.ready', from: false, to: true }, 'Anna Sundén markerade rapporten för maj 2025 som klar', 'Anna Sundén marked the report for May 2025 ready'],
      [{ field: 'reports.2025-05.ready', from: true, to: false }, 'Anna Sundén markerade rapporten för maj 2025 som inte klar', 'Anna Sundén marked the report for May 2025 not ready'],
    ]);
  });

  it('[HIST2] the board’s meta keys have names: current month (as a month), lane field (as a field), title', () => {
    both([
      [{ field: 'meta.currentMonth', cardId: null, from: '2025-04', to: '2025-05' }, 'Anna Sundén ändrade tavlans aktuella månad från april 2025 till maj 2025', 'Anna Sundén changed the board’s current month from April 2025 to May 2025'],
      [{ field: 'meta.laneField', cardId: null, to: 'unit' }, 'Anna Sundén satte tavlans spårfält till verksamhet', 'Anna Sundén set the board’s lane field to the unit'],
      [{ field: 'meta.title', cardId: null, from: 'A', to: 'B' }, 'Anna Sundén ändrade tavlans titel från A till B', 'Anna Sundén changed the board’s title from A to B'],
      [{ field: 'meta.colour', cardId: null, to: 'blå' }, 'Anna Sundén satte tavlans colour till blå', 'Anna Sundén set the board’s colour to blå'],
    ]);
  });

  it('[HIST2] set for the first time, cleared, text, cards, reports and board parts', () => {
    both([
      [{ field: 'responsible', to: ['Anna', 'Bo'] }, 'Anna Sundén satte ansvariga till Anna, Bo', 'Anna Sundén set the responsible to Anna, Bo'],
      [{ field: 'comment', change: 'text' }, 'Anna Sundén ändrade kommentar', 'Anna Sundén edited the comment'],
      [{ field: 'card', change: 'created', to: 'Färre hyrläkare' }, 'Anna Sundén skapade kortet Färre hyrläkare', 'Anna Sundén created the card Färre hyrläkare'],
      [{ field: 'reports.2025-04', change: 'created' }, 'Anna Sundén lade till rapporten för april 2025', 'Anna Sundén added the report for April 2025'],
      [{ field: 'reports.2025-04.risks', change: 'text' }, 'Anna Sundén ändrade risker i rapporten för april 2025', 'Anna Sundén edited the risks in the report for April 2025'],
      [{ field: 'reports.2025-04.lastMonth', change: 'text' }, 'Anna Sundén ändrade genomfört senaste månaden i rapporten för april 2025', 'Anna Sundén edited done last month in the report for April 2025'],
      [{ cardId: null, field: 'columns', change: 'board' }, 'Anna Sundén ändrade kolumnerna', 'Anna Sundén changed the columns'],
      [{ actor: '', field: 'comment', change: 'text' }, 'Någon ändrade kommentar', 'Someone edited the comment'],
    ]);
  });
});

describe('a card moved between columns', () => {
  const titles = new Map([['col-a', 'Förslag'], ['col-b', 'Beslutad']]);
  it('[HIST2] names the columns by their titles, and keeps an id no column has any longer', () => {
    const moved = entry({ field: 'column', from: 'col-a', to: 'col-b' });
    expect(formatHistoryEntry(moved, sv.t, 'sv', (id) => titles.get(id))).toBe('Anna Sundén ändrade kolumn från Förslag till Beslutad');
    expect(formatHistoryEntry(moved, en.t, 'en', (id) => titles.get(id))).toBe('Anna Sundén changed the column from Förslag to Beslutad');
    expect(formatHistoryEntry(entry({ field: 'column', from: 'gone', to: 'col-a' }), sv.t, 'sv', (id) => titles.get(id))).toBe('Anna Sundén ändrade kolumn från gone till Förslag');
  });
});
