// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportRowsTable } from '../../../client/components/import/ImportRowsTable.tsx';
import type { ImportRowAnswer } from '../../../client/components/import/importApi.ts';
import { renderWithI18n } from '../app/renderWithI18n.tsx';

afterEach(cleanup);

const cells = () => within(screen.getByRole('table')).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));

describe('the dry run’s rows table (IMP12, IMP3)', () => {
  it('[IMP12] [IMP3] skipped rows say why, an empty cell is worded without quotes, a reason the UI does not know still reads', () => {
    const rows: ImportRowAnswer[] = [
      { row: 2, verdict: 'skipped', skipped: 'empty', problems: [] },
      { row: 3, verdict: 'skipped', skipped: 'sum_row', problems: [] },
      { row: 4, verdict: 'refused', problems: [{ row: 4, column: 'Åtgärd', value: '', reason: 'missing_title' }] },
      { row: 5, verdict: 'refused', problems: [{ row: 5, column: 'Kort-id', value: 'k1', reason: 'archived_card' }] },
      { row: 6, verdict: 'refused', problems: [{ row: 6, column: 'Åtgärd', value: 'Ny', reason: 'board_full' }] },
      { row: 7, verdict: 'refused', problems: [{ row: 7, column: 'Kort-id', value: '', reason: 'out_of_scope' }] },
      { row: 8, verdict: 'refused', problems: [{ row: 8, column: 'Status', value: 'x', reason: 'a_new_reason' }] },
    ];
    renderWithI18n(<ImportRowsTable rows={rows} />);
    expect(cells()).toEqual([
      ['2', 'Hoppas över', '', 'Tom rad'],
      ['3', 'Hoppas över', '', 'Summarad, räknas av Tavla'],
      ['4', 'Refuserad', '', 'Rad 4, Åtgärd saknas: ett nytt kort behöver en titel'],
      ['5', 'Refuserad', '', 'Rad 5, Kort-id: ”k1” är ett arkiverat kort: återställ det på tavlan först'],
      ['6', 'Refuserad', '', 'Rad 6, Åtgärd: ”Ny” får inte plats: tavlan har redan så många kort den får ha'],
      ['7', 'Refuserad', '', 'Rad 7, Kort-id saknas: som enhetschef lägger du inte till kort'],
      ['8', 'Refuserad', '', 'Rad 8, Status: ”x” passar inte fältet'],
    ]);
    expect(screen.queryByRole('columnheader', { name: 'Blad' })).toBeNull();
  });

  it('[IMP12] a file with a reports sheet gets a sheet column, and its rows are reports, not cards (EXP5)', () => {
    const rows: ImportRowAnswer[] = [
      { row: 5, verdict: 'create', problems: [] },
      { row: 2, verdict: 'create', sheet: 'reports', problems: [] },
    ];
    const { i18n } = renderWithI18n(<ImportRowsTable rows={rows} />, 'en');
    screen.getByRole('columnheader', { name: 'Sheet' });
    // The reports sheet by the reader's own word for it (import.sheets).
    const sheet = i18n.t('import.sheets.reports', { defaultValue: 'reports' });
    expect(cells()).toEqual([
      ['5', 'Cards', 'New card', '', ''],
      ['2', sheet, 'New report', '', ''],
    ]);
  });

  it('[IMP13] [IMP9] each row names its card by its title: Rad 7 · Ändras · Minskad bemanning', () => {
    const rows: ImportRowAnswer[] = [
      { row: 7, verdict: 'update', cardId: 'k7', title: 'Minskad bemanning inom primärvården', problems: [] },
      { row: 8, verdict: 'create', title: 'Ett nytt kort', problems: [] },
      { row: 9, verdict: 'refused', problems: [{ row: 9, column: 'Åtgärd', value: '', reason: 'missing_title' }] },
    ];
    renderWithI18n(<ImportRowsTable rows={rows} />);
    screen.getByRole('columnheader', { name: 'Kort' });
    expect(cells().map((row) => row.slice(0, 3))).toEqual([
      ['7', 'Ändras', 'Minskad bemanning inom primärvården'],
      ['8', 'Nytt kort', 'Ett nytt kort'],
      ['9', 'Refuserad', ''],
    ]);
  });

  it('[IMP13] [IMP12] a refused value of 10 000 characters, and a long title, are cut to 60 characters and “…”, never shown whole', () => {
    const value = `${'c'.repeat(59)}😀${'c'.repeat(9_940)}`;
    const title = `${'t'.repeat(60)}rest of the title`;
    const rows: ImportRowAnswer[] = [{ row: 4, verdict: 'refused', title, problems: [{ row: 4, column: 'Kommentar', value, reason: 'too_long' }] }];
    renderWithI18n(<ImportRowsTable rows={rows} />);
    // Cut by characters: the emoji at the 60th stays whole.
    expect(cells()).toEqual([['4', 'Refuserad', `${'t'.repeat(60)}…`, `Rad 4, Kommentar: ”${'c'.repeat(59)}😀…” är för lång`]]);
    expect(screen.getByRole('table').textContent!.length).toBeLessThan(300);
  });
});
