import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSeedBoard } from '../../../seeds/buildSeedBoards.ts';
import { hsfAtgarder } from '../../../seeds/data/hsfAtgarder.ts';
import { exportTable } from '../../../shared/export/exportTable.ts';
import { updateCardField } from '../../../shared/ops/cards.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import { boardXlsx } from '../../../server/export/boardXlsx.ts';
import { convertWithLibreOffice } from './libreOffice.ts';

/*
 * The XLSX's effect cells as a spreadsheet shows them (EXP7): LibreOffice Calc saves the sheet as
 * CSV with each cell "as shown", in its formats. Opt-in with the slides' rendering (PPT7):
 * TAVLA_RENDER_OFFICE=1 npx vitest run <this file>.
 */
const RENDER = process.env.TAVLA_RENDER_OFFICE === '1';
// Calc's CSV filter: ";" between cells, '"' around texts, UTF-8, from row 1, each cell as shown (en-US).
const AS_SHOWN = 'csv:Text - txt - csv (StarCalc):59,34,76,1,,1033,false,true,true';

/** Each row's id and effect, as Calc shows the sheet, sum rows by their label. */
function shown(xlsx: Uint8Array): Map<string, string> {
  const csv = convertWithLibreOffice(xlsx, 'xlsx', AS_SHOWN, (path) => readFileSync(path, 'utf8'));
  const rows = csv.split(/\r?\n/).map((line) => line.split(';'));
  return new Map(rows.filter((cells) => cells.length > 5).map((cells) => [cells[0] || cells[4]!, cells[5]!.replace(/"/g, '')]));
}

describe.skipIf(!RENDER)('the XLSX as LibreOffice Calc shows it (TAVLA_RENDER_OFFICE=1)', () => {
  beforeAll(() => {
    execFileSync('sh', ['scripts/ensure-office-renderer.sh'], { stdio: 'inherit' });
  }, 600_000);

  it('[EXP7] whole tkr show no decimals, a fraction shows its own ("1,500.5", not "1,501"), the sums too', async () => {
    const doc = buildSeedBoard(hsfAtgarder);
    updateCardField(doc, 'akutvardsplatser-sjukstugor', 'effect', 1500.5);
    const cells = shown(await boardXlsx(exportTable(readBoard(doc), { language: 'sv', date: '2026-12-04' }), 'sv'));
    expect(cells.get('akutvardsplatser-sjukstugor')).toBe('1,500.5');
    expect(cells.get('primarvardsjour')).toBe('5,000');
    expect(cells.get('Summa Kräver politiskt beslut')).toBe('138,500.5');
    expect(cells.get('Summa Beslutas på tjänstemannanivå')).toBe('80,000');
  }, 120_000);

  it('[EXP7] a fraction typed later into a cell written whole shows its decimals: the conditional format, as Calc draws the sheet', async () => {
    const bytes = await boardXlsx(exportTable(readBoard(buildSeedBoard(hsfAtgarder)), { language: 'sv', date: '2026-12-04' }), 'sv');
    // Row 7 is primarvardsjour, written as 5 000 in the whole format; the edit keeps the cell's format, as typing does.
    // (Its XML is edited: ExcelJS, loading and saving the file, loses the conditional format's number format.)
    const files = unzipSync(bytes);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<c r="F7" s="1"><v>5000</v></c>');
    files['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace('<c r="F7" s="1"><v>5000</v></c>', '<c r="F7" s="1"><v>5000.25</v></c>'));
    // Calc's CSV shows a cell in its own format only; its PDF draws the sheet with the conditional formats.
    const drawn = (xlsx: Uint8Array) => convertWithLibreOffice(xlsx, 'xlsx', 'pdf', (pdf) => execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    expect(drawn(zipSync(files))).toMatch(/^5,000\.25$/m);
    expect(drawn(bytes)).not.toContain('5,000.25');
  }, 120_000);
});
