import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { seedMissingBoards } from '../../../seeds/seedStorage.ts';
import { createCard } from '../../../shared/ops/cards.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import { authHeaders } from '../../helpers/serverAuth.ts';
import { appendEdit } from '../../helpers/serverAttacker.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { memberOf, shareOf } from '../meetings/meetingFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });

const get = (path: string, token: string | null = fx.token) => fetch(`${fx.url}${path}`, { headers: token === null ? {} : authHeaders(token) });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let seeded = false;
async function seeds(): Promise<void> {
  if (!seeded) await seedMissingBoards(fx.storage);
  seeded = true;
}

async function workbook(response: Response): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book;
}

/** Sums a formula as Excel would, for the two shapes EXP7 writes: SUM(F6:F22) and SUMIF(I6:I22,"=label",F6:F22). */
function evaluate(sheet: ExcelJS.Worksheet, formula: string): number {
  const cells = (from: string, to: string) => {
    const [col, a] = [from.replace(/\d+/g, ''), Number(from.replace(/\D+/g, ''))];
    const b = Number(to.replace(/\D+/g, ''));
    return Array.from({ length: b - a + 1 }, (_, i) => sheet.getCell(`${col}${a + i}`).value);
  };
  const num = (v: unknown) => (typeof v === 'number' ? v : 0);
  const sum = /^SUM\((\w+):(\w+)\)$/.exec(formula);
  if (sum) return cells(sum[1]!, sum[2]!).reduce<number>((n, v) => n + num(v), 0);
  const sumif = /^SUMIF\((\w+):(\w+),"=(.*)",(\w+):(\w+)\)$/.exec(formula)!;
  const lanes = cells(sumif[1]!, sumif[2]!);
  return cells(sumif[4]!, sumif[5]!).reduce<number>((n, v, i) => n + ((lanes[i] ?? '') === sumif[3] ? num(v) : 0), 0);
}

describe('GET /api/boards/:id/export?format=xlsx (EXP7, EXP9)', () => {
  it('[EXP7][EXP3] the seeded measures board: numeric effect cells, and formulas that come to 157 000, 80 000 and 237 000', async () => {
    await seeds();
    const response = await get('/api/boards/hsf-atgarder/export?format=xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''.*\.xlsx$/);
    const sheet = (await workbook(response)).worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('Åtgärder för minskade personalkostnader (HSF)');
    expect(String(sheet.getCell('A2').value)).toMatch(/^Exporterad från Tavla \d{4}-\d{2}-\d{2}$/);
    expect(sheet.getRow(5).values).toContain('Ekonomisk effekt tkr/år');
    expect(sheet.getCell('F5').value).toBe('Ekonomisk effekt tkr/år');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(sheet.autoFilter).toBeTruthy();
    const effects = Array.from({ length: 17 }, (_, i) => sheet.getCell(`F${6 + i}`));
    expect(effects.filter((c) => typeof c.value === 'number')).toHaveLength(16);
    expect(effects.find((c) => c.value === null || c.value === undefined)).toBeDefined();
    expect(effects[0]!.numFmt).toBe('#,##0;-#,##0');
    const sums = [24, 25, 26].map((row) => sheet.getCell(`F${row}`).value as ExcelJS.CellFormulaValue);
    expect(sums.map((s) => s.result)).toEqual([157_000, 80_000, 237_000]);
    expect(sums.map((s) => evaluate(sheet, s.formula))).toEqual([157_000, 80_000, 237_000]);
    // The unknown effect is named as the print view and the slides name it (withUnknownNote).
    expect([24, 25, 26].map((row) => sheet.getCell(`E${row}`).value)).toEqual(['Summa Kräver politiskt beslut', 'Summa Beslutas på tjänstemannanivå (1 okänd)', 'Summa (1 okänd)']);
  });

  it('[EXP7] a row typed in the blank row under the cards is in every sum: the ranges end at that row', async () => {
    await seeds();
    const sheet = (await workbook(await get('/api/boards/hsf-atgarder/export?format=xlsx'))).worksheets[0]!;
    expect(sheet.getCell('F23').value ?? null).toBeNull();
    sheet.getCell('F23').value = 1_500;
    sheet.getCell('I23').value = 'Beslutas på tjänstemannanivå';
    const sums = [24, 25, 26].map((row) => (sheet.getCell(`F${row}`).value as ExcelJS.CellFormulaValue).formula);
    expect(sums.map((formula) => evaluate(sheet, formula))).toEqual([157_000, 81_500, 238_500]);
  });

  it('[EXP6][EXP2] English, filtered by decision level: only the official rows, the note, and a sum of 80 000', async () => {
    await seeds();
    const sheet = (await workbook(await get('/api/boards/hsf-atgarder/export?format=xlsx&lang=en&decisionLevel=official'))).worksheets[0]!;
    expect(sheet.name).toBe('Cards');
    expect(sheet.getCell('A3').value).toBe('Filtered export: only the cards the filter shows, 10 of 17 cards (Decision level: Decided by officials)');
    expect(sheet.getCell('A5').value).toBe('Card id');
    const total = sheet.getCell('F17').value as ExcelJS.CellFormulaValue;
    expect(sheet.getCell('E17').value).toBe('Total (1 unknown)');
    expect(total.result).toBe(80_000);
    expect(evaluate(sheet, total.formula)).toBe(80_000);
  });

  it('[EXP5] an assignments board has a sheet of the monthly reports, a row per card and month', async () => {
    await seeds();
    const book = await workbook(await get('/api/boards/hsf-fm-uppdrag-2025/export?format=xlsx'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Kort', 'Månadsrapporter']);
    const reports = book.worksheets[1]!;
    expect(reports.getCell('C5').value).toBe('Månad');
    expect(reports.getCell('A6').value).toBe('personalkostnad-hsn');
    expect(reports.getCell('C6').value).toBe('2025-03');
  });
});

describe('GET /api/boards/:id/export?format=csv (EXP8)', () => {
  it('[EXP8] byte by byte: BOM, ";", CRLF, decimal comma, ISO dates, formulas escaped, quotes doubled; in XLSX the formula-like text stays text', async () => {
    const id = await fx.createBoard('Export; "prov"', 'measures');
    await appendEdit(fx.storage, id, (doc) => {
      const column = readBoard(doc).columns[0]!.id;
      createCard(doc, { id: 'c1', column, title: '=HYPERLINK("http://x")', fields: { unit: '+46', effect: 1.5, responsible: ['@anna'], decisionDate: '2025-06-18' } });
      createCard(doc, { id: 'c2', column, title: 'Minus', fields: { effect: -200, staffCategory: '-alla', decisionLevel: 'official' } });
    });
    const response = await get(`/api/boards/${id}/export?format=csv`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const date = /Tavla (\d{4}-\d{2}-\d{2})/.exec(text)![1];
    expect(text).toBe(
      '\ufeff"Export; ""prov"""\r\n' +
        `Exporterad från Tavla ${date}\r\n` +
        '\r\n' +
        '\r\n' +
        'Kort-id;Kolumn;Verksamhet;Personal kat;Åtgärd;Ekonomisk effekt tkr/år;Kommentar;Beredningsansvarig;Beslutsnivå;Beslutsinstans;Beslutsdatum;Status\r\n' +
        // c2's lane (official) comes before c1's, which has no decision level (EXP1).
        "c2;Beredning och riskbedömning;;'-alla;Minus;-200;;;Beslutas på tjänstemannanivå;;;\r\n" +
        `c1;Beredning och riskbedömning;'+46;;"'=HYPERLINK(""http://x"")";1,5;;'@anna;;;2025-06-18;\r\n`,
    );
    // The same board as XLSX: the formula-like title is a text cell, never a formula (EXP8).
    const sheet = (await workbook(await get(`/api/boards/${id}/export?format=xlsx`))).worksheets[0]!;
    expect(sheet.getCell('E7').value).toBe('=HYPERLINK("http://x")');
    expect(sheet.getCell('E7').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('F7').value).toBe(1.5);
  });
});

describe('who may export (EXP9)', () => {
  it('[EXP9] a viewer and a share link download it; a stranger gets 403, no session 401', async () => {
    const id = await fx.createBoard('Läsbar', 'measures');
    const viewer = await memberOf(fx, id, 'viewer');
    expect((await get(`/api/boards/${id}/export?format=csv`, viewer)).status).toBe(200);
    const link = await shareOf(fx, id);
    expect((await get(`/api/boards/${id}/export?format=xlsx`, link.token)).status).toBe(200);
    const stranger = await fx.user('främling', 'Fri Främling');
    expect((await get(`/api/boards/${id}/export?format=csv`, stranger)).status).toBe(403);
    expect((await get(`/api/boards/${id}/export?format=csv`, null)).status).toBe(401);
  });

  it('[EXP9] an unknown format or language is 400, an unknown board 404', async () => {
    const id = await fx.createBoard('Tavla', 'general');
    expect((await get(`/api/boards/${id}/export?format=docx`)).status).toBe(400);
    expect((await get(`/api/boards/${id}/export?format=csv&lang=de`)).status).toBe(400);
    expect((await get('/api/boards/finns-inte/export?format=csv')).status).toBe(404);
  });
});
