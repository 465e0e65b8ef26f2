import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../../shared/export/cardFilter.ts';
import { filterNote } from '../../../shared/export/filterNote.ts';

const counts = { shown: 3, total: 17 };

describe('filterNote: what a filtered export says of its filter (EXP6)', () => {
  it('[EXP6] names every field the filter sets as the filters bar names it, values by their labels, and how many cards of the board it holds', () => {
    const filter = { ...NO_FILTER, text: ' jour ', unit: 'Närsjukvård Umeå', responsible: 'Anna Sundén', decisionLevel: 'official', status: 'red' };
    expect(filterNote(filter, 'measures', counts, 'sv')).toBe(
      'Exportera det filtrerade: bara de kort filtret visar, 3 av 17 kort (Sök: ”jour”; Verksamhet: Närsjukvård Umeå; Ansvarig: Anna Sundén; Beslutsnivå: Beslutas på tjänstemannanivå; Status: Röd)',
    );
    expect(filterNote(filter, 'measures', counts, 'en')).toBe(
      'Filtered export: only the cards the filter shows, 3 of 17 cards (Search: ”jour”; Unit: Närsjukvård Umeå; Responsible: Anna Sundén; Decision level: Decided by officials; Status: Red)',
    );
  });

  it('[EXP6] an assignment’s status by its own labels; the cards changed since a time; no fields, the count alone', () => {
    expect(filterNote({ ...NO_FILTER, status: 'ongoing' }, 'assignments', counts, 'sv')).toBe('Exportera det filtrerade: bara de kort filtret visar, 3 av 17 kort (Status: Pågår)');
    expect(filterNote({ ...NO_FILTER, changed: new Set(['a']) }, 'general', counts, 'sv')).toBe(
      'Exportera det filtrerade: bara de kort filtret visar, 3 av 17 kort (ändrade sedan vald tidpunkt)',
    );
    expect(filterNote(NO_FILTER, 'general', counts, 'en')).toBe('Filtered export: only the cards the filter shows, 3 of 17 cards');
  });
});
