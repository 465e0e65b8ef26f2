import { stringify } from 'csv-stringify/sync';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { SEED_BOARDS, buildSeedBoard } from '../../../seeds/buildSeedBoards.ts';
import { boardCsv } from '../../../server/export/boardCsv.ts';
import { IMPORT_LIMITS } from '../../../server/import/importLimits.ts';
import { readCsv, separatorOf } from '../../../server/import/readCsv.ts';
import { exportTable } from '../../../shared/export/exportTable.ts';
import { applyImport } from '../../../shared/import/applyImport.ts';
import type { ImportTable } from '../../../shared/import/importTable.ts';
import { findHeaderRow, mapHeaders } from '../../../shared/import/mapHeaders.ts';
import { planImport } from '../../../shared/import/planImport.ts';
import { readImportRows } from '../../../shared/import/readImportRows.ts';
import { initBoard, updateBoardMeta } from '../../../shared/ops/board.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import { contentOf, sumsOf } from '../../shared/import/roundTrip.ts';

const measures = (): Y.Doc => buildSeedBoard(SEED_BOARDS.find((b) => b.id === 'hsf-atgarder')!);

/** The table read into an empty measures board, as the import plans and writes it (IMP2, IMP5). */
function importedInto(table: ImportTable) {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Tom', kind: 'measures', laneField: 'decisionLevel' });
  const header = findHeaderRow('measures', table);
  const mapping = mapHeaders('measures', (table.rows[header] ?? []).map((cell) => String(cell ?? '')));
  const board = readBoard(doc);
  applyImport(doc, planImport(board, readImportRows('measures', board.columns, table, header, mapping)));
  return readBoard(doc);
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readCsv: the separator from the header row, the text from UTF-8 or Windows-1252 (IMP8)', () => {
  it('[IMP8][EXP8] a board titled "Åtgärder, april" exported as CSV round-trips: its title line has a comma, its header row splits at ";"', () => {
    const doc = measures();
    updateBoardMeta(doc, 'title', 'Åtgärder, april, maj och juni');
    const file = boardCsv(exportTable(readBoard(doc), { language: 'sv', date: '2026-12-04' }), 'sv');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(file).split('\r\n')[0]).toBe('\ufeffÅtgärder, april, maj och juni');
    const table = readCsv(file, IMPORT_LIMITS);
    expect(table.decimal).toBe(',');
    const after = importedInto(table);
    expect(contentOf(after)).toEqual(contentOf(readBoard(doc)));
    expect(sumsOf(after)).toEqual({ political: 157_000, official: 80_000, unknown: 1 });
  });

  it('[IMP8] a comma-separated file from an English Excel (English headers, "." decimals, a title with commas) round-trips', () => {
    const doc = measures();
    const table = exportTable(readBoard(doc), { language: 'en', date: '2026-12-04' });
    const rows = [['Measures, April'], ['Exported from Tavla 2026-12-04'], [], [...table.headers], ...table.lanes.flatMap((lane) => lane.rows)];
    const text = stringify(rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))), { delimiter: ',', record_delimiter: 'windows' });
    expect(separatorOf(text)).toBe(',');
    const read = readCsv(bytes(text), IMPORT_LIMITS);
    expect(read.decimal).toBe('.');
    const after = importedInto(read);
    expect(contentOf(after)).toEqual(contentOf(readBoard(doc)));
    expect(sumsOf(after)).toEqual({ political: 157_000, official: 80_000, unknown: 1 });
  });

  it('[IMP8] the separator: the one whose header row names the most known headers; else the most frequent in the top lines; ";" on a tie', () => {
    expect(separatorOf('Åtgärder, april, maj\r\n\r\nKort-id;Åtgärd;Ekonomisk effekt tkr/år\r\n;a, b och c;1')).toBe(';');
    expect(separatorOf('Titel; med semikolon\r\nCard id,Measure,"Financial effect kSEK/yr"\r\n,"a; b",1')).toBe(',');
    expect(separatorOf('Title\tStatus\tGroup\r\nx\ty\tz')).toBe('\t');
    expect(separatorOf('namn,ort,år\r\nAnna,Umeå,2026')).toBe(',');
    expect(separatorOf('namn;ort\r\nAnna;Umeå')).toBe(';');
    expect(separatorOf('a,b;c')).toBe(';');
  });

  it('[IMP8] bytes that are not UTF-8 are Windows-1252, as a Swedish Excel saves "CSV (semikolonavgränsad)": å ä ö Å Ä Ö, € and – read right', () => {
    // "Åtgärd;Kommentar\r\nÖversyn;Kostar 5 € – läs här\r\n" in Windows-1252, byte by byte.
    const cp1252 = Uint8Array.from([
      ...[0xc5, 0x74, 0x67, 0xe4, 0x72, 0x64, 0x3b, 0x4b, 0x6f, 0x6d, 0x6d, 0x65, 0x6e, 0x74, 0x61, 0x72, 0x0d, 0x0a],
      ...[0xd6, 0x76, 0x65, 0x72, 0x73, 0x79, 0x6e, 0x3b, 0x4b, 0x6f, 0x73, 0x74, 0x61, 0x72, 0x20, 0x35, 0x20, 0x80, 0x20, 0x96, 0x20, 0x6c, 0xe4, 0x73, 0x20, 0x68, 0xe4, 0x72, 0x0d, 0x0a],
      ...[0xe5, 0xc4, 0xf6, 0x3b, 0x93, 0x63, 0x94],
    ]);
    expect(readCsv(cp1252, IMPORT_LIMITS).rows).toEqual([
      ['Åtgärd', 'Kommentar'],
      ['Översyn', 'Kostar 5 € – läs här'],
      ['åÄö', '“c”'],
    ]);
  });

  it('[IMP8] UTF-8 with or without its BOM, and UTF-16 by its BOM (Excel\'s "Unicode text", tab-separated), read alike', () => {
    const expected = [['Åtgärd', 'Status'], ['Översyn €', 'Pågår']];
    expect(readCsv(bytes('\ufeffÅtgärd;Status\r\nÖversyn €;Pågår'), IMPORT_LIMITS).rows).toEqual(expected);
    expect(readCsv(bytes('Åtgärd;Status\nÖversyn €;Pågår'), IMPORT_LIMITS).rows).toEqual(expected);
    const utf16 = Buffer.from('\ufeffÅtgärd\tStatus\r\nÖversyn €\tPågår', 'utf16le');
    const table = readCsv(new Uint8Array(utf16), IMPORT_LIMITS);
    expect(table.rows).toEqual(expected);
    expect(table.decimal).toBeUndefined();
  });
});
