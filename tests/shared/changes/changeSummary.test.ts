import { describe, expect, it } from 'vitest';
import { changePhrases, changeSummaryText, type ChangeWording } from '../../../shared/changes/changeSummary.ts';
import { collapseChanges, type ChangeEntry } from '../../../shared/changes/collapseChanges.ts';

const NAMES: Record<string, string> = { effect: 'Ekonomisk effekt', unit: 'Enhet', comment: 'Kommentar', 'reports.2025-05': 'Rapport för maj 2025' };
const COLUMNS: Record<string, string> = { c1: 'Förslag', c2: 'Beslutat' };

/** A plain Swedish wording, as the client's catalogue gives it. */
const words: ChangeWording = {
  created: 'Nytt kort',
  deleted: 'Borttaget',
  archived: 'Arkiverat',
  restored: 'Återställt',
  moved: (from, to) => `Flyttat från ${from} till ${to}`,
  field: (field) => NAMES[field] ?? field,
  value: (_field, value) => (value === undefined ? '(inget)' : typeof value === 'number' ? value.toLocaleString('sv-SE').replace(/\s/g, '\u00a0') : String(value)),
  unit: (field) => (field === 'effect' ? 'tkr' : undefined),
  edited: (name) => `${name} redigerad`,
  added: (name) => `${name} tillagd`,
  removed: (name) => `${name} borttagen`,
  day: (at) => at.slice(0, 10),
  column: (id) => COLUMNS[String(id)] ?? String(id),
};

let ids = 0;
const ANNA = { userId: 'anna', actor: 'Anna Sundén' };
const BO = { userId: 'bo', actor: 'Bo Ek' };
const entry = (changes: Partial<ChangeEntry>): ChangeEntry => ({ id: ++ids, at: '2025-05-02T08:00:00.000Z', ...ANNA, cardId: 'kir', field: 'effect', change: 'set', ...changes });
const nb = (text: string): string => text.replace(/ (?=\d{3}\b)/g, '\u00a0');

describe('the summary of a board’s changes', () => {
  it('[CHG9] a field collapsed says first old → last new value with the unit once, the last editor and the day', () => {
    const [card] = collapseChanges([entry({ from: 20_000, to: 18_000 }), entry({ ...BO, from: 18_000, to: 15_000, at: '2025-05-03T09:00:00.000Z' })]);
    expect(changePhrases(card!, words)).toEqual([nb('Ekonomisk effekt 20 000 → 15 000\u00a0tkr, Bo Ek, 2025-05-03')]);
  });

  it('[CHG9] new, moved, archived first, then the fields in the order first changed; prose names everyone who edited it', () => {
    const cards = collapseChanges([
      entry({ cardId: 'ny', field: 'card', change: 'created', to: 'Nytt kort' }),
      entry({ cardId: 'ny', field: 'unit', to: 'Kirurgi' }),
      entry({ field: 'comment', change: 'text' }),
      entry({ ...BO, field: 'comment', change: 'text' }),
      entry({ ...BO, field: 'column', from: 'c1', to: 'c2' }),
      entry({ ...BO, field: 'archived', from: false, to: true }),
      entry({ field: 'reports.2025-05', change: 'created' }),
    ]);
    const kir = cards.find((card) => card.cardId === 'kir')!;
    expect(changePhrases(kir, words)).toEqual([
      'Flyttat från Förslag till Beslutat, Bo Ek, 2025-05-02',
      'Arkiverat, Bo Ek, 2025-05-02',
      'Kommentar redigerad, Anna Sundén, Bo Ek, 2025-05-02',
      'Rapport för maj 2025 tillagd, Anna Sundén, 2025-05-02',
    ]);
    expect(changePhrases(cards.find((card) => card.cardId === 'ny')!, words)).toEqual(['Nytt kort, Anna Sundén, 2025-05-02', 'Enhet (inget) → Kirurgi, Anna Sundén, 2025-05-02']);
  });

  it('[CHG9] a deleted card says only that; a card brought back says so; a server change has no name', () => {
    const cards = collapseChanges([
      entry({ cardId: 'gone', field: 'unit', from: 'A', to: 'B' }),
      entry({ cardId: 'gone', field: 'card', change: 'deleted', from: 'Borta' }),
      entry({ field: 'archived', from: true, to: false, userId: null, actor: '' }),
    ]);
    expect(changePhrases(cards.find((card) => card.cardId === 'gone')!, words)).toEqual(['Borttaget, Anna Sundén, 2025-05-02']);
    expect(changePhrases(cards.find((card) => card.cardId === 'kir')!, words)).toEqual(['Återställt, 2025-05-02']);
  });

  it('[CHG9] the text is the heading lines, then one line per card, its title and its phrases; no-op changes are not in it', () => {
    const cards = collapseChanges([
      entry({ from: 20_000, to: 15_000 }),
      entry({ cardId: 'ort', field: 'unit', from: 'Ortopedi', to: 'Ortoped' }),
      entry({ cardId: 'ort', field: 'unit', from: 'Ortoped', to: 'Ortopedi' }),
      entry({ cardId: 'ort', field: 'column', from: 'c1', to: 'c2', at: '2025-05-02T09:00:00.000Z' }),
    ]);
    const titles: Record<string, string> = { kir: 'Kirurgins kort', ort: 'Ortopedins kort' };
    const text = changeSummaryText(['Ändringar på Åtgärder', 'Sedan 2025-04-29'], cards, words, (card) => titles[card.cardId]!);
    expect(text.split('\n')).toEqual([
      'Ändringar på Åtgärder',
      'Sedan 2025-04-29',
      '- Ortopedins kort: Flyttat från Förslag till Beslutat, Anna Sundén, 2025-05-02',
      // Newest first (CHG2).
      nb('- Kirurgins kort: Ekonomisk effekt 20 000 → 15 000\u00a0tkr, Anna Sundén, 2025-05-02'),
    ]);
  });
});
