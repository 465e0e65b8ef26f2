import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { SEED_BOARDS, buildSeedBoard } from '../../../seeds/buildSeedBoards.ts';
import { changedSinceFromQuery, filterFromQuery, filterPredicate, filterQuery, NO_CHANGES_ASKED, NO_FILTER } from '../../../shared/export/cardFilter.ts';
import { EXPORT_COLUMNS, ID_COLUMN } from '../../../shared/export/exportColumns.ts';
import { exportTable } from '../../../shared/export/exportTable.ts';
import { archiveCard } from '../../../shared/ops/cards.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import { readReports } from '../../../shared/read/readReports.ts';
import { BOARD_KINDS } from '../../../shared/schema/boardKinds.ts';

const seed = (id: string): Y.Doc => buildSeedBoard(SEED_BOARDS.find((b) => b.id === id)!);
const DATE = '2026-12-04';

describe('exportTable: the board as the exports write it', () => {
  it('[EXP1][EXP7] the seeded measures board: 7 political rows summing to 157 000, 10 official to 80 000, the unknown effect null', () => {
    const table = exportTable(readBoard(seed('hsf-atgarder')), { language: 'sv', date: DATE });
    expect(table.lanes.map((l) => [l.label, l.rows.length, l.effect])).toEqual([
      ['Kräver politiskt beslut', 7, 157_000],
      ['Beslutas på tjänstemannanivå', 10, 80_000],
    ]);
    expect(table.effect).toBe(237_000);
    const rows = table.lanes.flatMap((l) => l.rows);
    const effects = rows.map((r) => r[table.effectColumn]);
    expect(effects.filter((e) => e === null)).toHaveLength(1);
    expect(rows.find((r) => r[0] === 'centrumbildningar')![table.effectColumn]).toBeNull();
    expect(effects.every((e) => e === null || typeof e === 'number')).toBe(true);
    expect(table.filterNote).toBeUndefined();
    expect(table.headers.slice(0, 6)).toEqual(['Kort-id', 'Kolumn', 'Verksamhet', 'Personal kat', 'Åtgärd', 'Ekonomisk effekt tkr/år']);
  });

  it('[EXP2] English headers and value labels when the UI is English', () => {
    const table = exportTable(readBoard(seed('hsf-atgarder')), { language: 'en', date: DATE });
    expect(table.headers[0]).toBe('Card id');
    expect(table.lanes[0]!.label).toBe('Requires a political decision');
  });

  it('[EXP1][SUM3] archived cards are left out, and the sums follow', () => {
    const doc = seed('hsf-atgarder');
    archiveCard(doc, 'akutvardsplatser-sjukstugor');
    const table = exportTable(readBoard(doc), { language: 'sv', date: DATE });
    expect(table.lanes[0]!.rows.map((r) => r[0])).not.toContain('akutvardsplatser-sjukstugor');
    expect(table.lanes[0]!.effect).toBe(137_000);
  });

  it('[EXP6][SUM5] a filter narrows the rows and the sums, and the table says it is filtered', () => {
    const board = readBoard(seed('hsf-atgarder'));
    const filter = filterPredicate({ ...NO_FILTER, decisionLevel: 'official' });
    const table = exportTable(board, { language: 'sv', date: DATE, filter });
    expect(table.filterNote).toBe('Exportera det filtrerade: bara de kort filtret visar, 10 av 17 kort');
    expect(table.lanes).toHaveLength(1);
    expect(table.effect).toBe(80_000);
  });

  it('[EXP6] a filter survives the URL: filterQuery and filterFromQuery are inverses, the changed cards carried by what they changed since', () => {
    const fields = { ...NO_FILTER, text: 'jour', unit: 'Närsjukvård Umeå' };
    const changedSince = { since: '2025-05-02T08:00:00.000Z', excludeMine: true };
    const query = filterQuery({ ...fields, changed: new Set(['a', 'b']) }, changedSince);
    const read = (name: string) => query.get(name) ?? undefined;
    expect(filterFromQuery(read)).toEqual(fields);
    expect(changedSinceFromQuery(read)).toEqual(changedSince);
    expect(filterPredicate(filterFromQuery(() => undefined))).toBeUndefined();
    expect(changedSinceFromQuery(() => undefined)).toBeUndefined();
  });

  it('[EXP6][PRT4] the URL of "Ändrat sedan…" stays short however many cards changed: no card id in it', () => {
    const changed = new Set(Array.from({ length: 2_000 }, (_, i) => `card-${String(i).padStart(16, '0')}`));
    const query = filterQuery({ ...NO_FILTER, changed }, { since: 'previous', excludeMine: false }).toString();
    expect(query).toBe('changedSince=previous');
    // The filter on while no time is chosen (the board's set is empty) is carried as such.
    expect(filterQuery({ ...NO_FILTER, changed: new Set() }).toString()).toBe(`changedSince=${NO_CHANGES_ASKED}`);
  });

  it('[EXP5] an assignments board: a reports row per card and month, in the slides’ order', () => {
    const doc = seed('hsf-fm-uppdrag-2025');
    const board = readBoard(doc);
    const table = exportTable(board, { language: 'sv', date: DATE, reportsOf: (id) => readReports(doc, id) });
    const expected = board.cards.filter((c) => !c.archived).reduce((n, c) => n + readReports(doc, c.id).length, 0);
    expect(expected).toBeGreaterThan(0);
    expect(table.reports!.rows).toHaveLength(expected);
    expect(table.reports!.headers.slice(2, 7)).toEqual(['Månad', 'Kommande månad', 'Senaste månaden', 'Kommentarer', 'Uppkomna risker och eventuellt behov av stöd']);
    expect(table.effectColumn).toBe(-1);
  });

  it('[EXP4] every kind’s columns start with the card id and name each card field once', () => {
    for (const kind of BOARD_KINDS) {
      const keys = EXPORT_COLUMNS[kind].map((c) => c.key);
      expect(EXPORT_COLUMNS[kind][0]).toBe(ID_COLUMN);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
