import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { guessBoardKind, kindOfHeaders } from '../../../client/components/import/guessBoardKind.ts';

/** An XLSX as Excel and the export write it (shared strings), with a title row above its headers (EXP2). */
async function xlsx(headers: string[]): Promise<Blob> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kort');
  sheet.addRow(['Regionens lista']);
  sheet.addRow(headers);
  sheet.addRow(headers.map((_, i) => `värde ${i}`));
  return new Blob([await workbook.xlsx.writeBuffer()]);
}

describe('a new board’s kind from its file’s headers (IMP11)', () => {
  it('[IMP11] the kind whose export columns the headers name most, in Swedish or English; none when they do not tell', () => {
    expect(kindOfHeaders(['Åtgärd', 'Ekonomisk effekt tkr/år', 'Verksamhet'])).toBe('measures');
    expect(kindOfHeaders(['Assignment', 'Directed to', 'Deadline'])).toBe('assignments');
    expect(kindOfHeaders(['Titel', 'Grupp', 'Verksamhet', 'Status'])).toBe('general');
    // Kort-id and Kolumn are in every kind's export; Status alone is in two.
    expect(kindOfHeaders(['Kort-id', 'Kolumn', 'Status'])).toBeUndefined();
    expect(kindOfHeaders(['Namn', 'Belopp'])).toBeUndefined();
  });

  it('[IMP11] a CSV’s and an XLSX’s headers are read in the browser without the server', async () => {
    expect(await guessBoardKind(new Blob(['\ufeffUppdrag;Riktas till;Analys\r\nEtt;Två;Tre\r\n']), 'csv')).toBe('assignments');
    expect(await guessBoardKind(new Blob(['"Measure","Financial effect kSEK/year"\n"A","1"\n']), 'csv')).toBe('measures');
    expect(await guessBoardKind(await xlsx(['Kort-id', 'Uppdrag', 'Riktas till', 'Periodicitet']), 'xlsx')).toBe('assignments');
    expect(await guessBoardKind(await xlsx(['Åtgärd', 'Personal kat', 'Beredningsansvarig']), 'xlsx')).toBe('measures');
    expect(await guessBoardKind(new Blob(['not a zip at all']), 'xlsx')).toBeUndefined();
  });
});
