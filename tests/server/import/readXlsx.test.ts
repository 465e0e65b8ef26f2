import ExcelJS from 'exceljs';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { SEED_BOARDS, buildSeedBoard } from '../../../seeds/buildSeedBoards.ts';
import { boardXlsx } from '../../../server/export/boardXlsx.ts';
import { readXlsx } from '../../../server/import/readXlsx.ts';
import { IMPORT_LIMITS } from '../../../server/import/importLimits.ts';
import { REPORT_COLUMNS, type ExportLanguage } from '../../../shared/export/exportColumns.ts';
import { exportTable } from '../../../shared/export/exportTable.ts';
import { cellText } from '../../../shared/import/importTable.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import { readReports } from '../../../shared/read/readReports.ts';

const seed = (id: string): Y.Doc => buildSeedBoard(SEED_BOARDS.find((b) => b.id === id)!);

async function exported(id: string, language: ExportLanguage): Promise<Uint8Array> {
  const doc = seed(id);
  return boardXlsx(exportTable(readBoard(doc), { language, date: '2026-12-04', reportsOf: (cardId) => readReports(doc, cardId) }), language);
}

const texts = (rows: readonly (readonly unknown[])[] | undefined) => (rows ?? []).map((row) => row.map((cell) => cellText(cell as never)));

async function workbook(sheets: Record<string, ExcelJS.CellValue[][]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    rows.forEach((row, i) => {
      sheet.getRow(i + 1).values = row;
    });
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('readXlsx: the cards sheet and the monthly reports sheet (IMP8)', () => {
  it.each(['sv', 'en'] as const)('[IMP8][EXP5] an assignments board exported in %s: the cards from the first sheet, the reports from "Månadsrapporter"/"Monthly reports", a row per card and month', async (language) => {
    const doc = seed('hsf-fm-uppdrag-2025');
    const table = await readXlsx(await exported('hsf-fm-uppdrag-2025', language), IMPORT_LIMITS);
    const reports = texts(table.reports);
    const header = reports.findIndex((row) => row[0] === REPORT_COLUMNS[0]!.header[language]);
    expect(reports[header]).toEqual(REPORT_COLUMNS.map((column) => column.header[language]));
    const cards = readBoard(doc).cards.filter((card) => !card.archived);
    const expected = cards.flatMap((card) => readReports(doc, card.id).map((report) => [card.id, report.month]));
    expect(reports.slice(header + 1).map((row) => [row[0], row[2]])).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(texts(table.rows).some((row) => row[0] === cards[0]!.id)).toBe(true);
    expect(texts(table.rows).flat()).not.toContain(REPORT_COLUMNS[3]!.header[language]);
  });

  it('[IMP8] a measures board has no reports sheet: `reports` is absent', async () => {
    const table = await readXlsx(await exported('hsf-atgarder', 'sv'), IMPORT_LIMITS);
    expect(table.reports).toBeUndefined();
    expect(table.rows.length).toBeGreaterThan(17);
  });

  it('[IMP8] the reports sheet is found by its name, case and spaces aside, wherever it stands; the cards are the first other sheet', async () => {
    const file = await workbook({ ' MÅNADSRAPPORTER ': [['Kort-id', 'Månad'], ['a', '2026-03']], Kort: [['Kort-id', 'Uppdrag'], ['a', 'Ett uppdrag']] });
    const table = await readXlsx(file, IMPORT_LIMITS);
    expect(texts(table.rows)).toEqual([['Kort-id', 'Uppdrag'], ['a', 'Ett uppdrag']]);
    expect(texts(table.reports)).toEqual([['Kort-id', 'Månad'], ['a', '2026-03']]);
  });

  it('[IMP8] the reports sheet has the row cap of the cards sheet', async () => {
    const file = await workbook({ Kort: [['Kort-id']], 'Monthly reports': Array.from({ length: 30 }, (_, i) => [`r${i}`]) });
    await expect(readXlsx(file, { ...IMPORT_LIMITS, rows: 20 })).rejects.toMatchObject({ reason: 'too_many_rows' });
    expect((await readXlsx(file, { ...IMPORT_LIMITS, rows: 30 })).reports).toHaveLength(30);
  });
});
