import { describe, expect, it } from 'vitest';
import { hsfAtgarder } from '../../../seeds/data/hsfAtgarder.ts';
import { findHeaderRow, mapHeaders } from '../../../shared/import/mapHeaders.ts';
import { cellText } from '../../../shared/import/importTable.ts';
import { readImportRows } from '../../../shared/import/readImportRows.ts';
import { IMPORT_LIMITS } from '../../../server/import/importLimits.ts';
import { readCsv } from '../../../server/import/readCsv.ts';
import { built } from '../../seeds/seedBoard.ts';

const { board } = built(hsfAtgarder);

/** The effects the rows of a CSV file read as, or the reasons they are refused, through the file's own decimal mark. */
function effectsOf(csv: string) {
  const table = readCsv(new TextEncoder().encode(csv), IMPORT_LIMITS);
  const header = findHeaderRow('measures', table);
  const mapping = mapHeaders('measures', (table.rows[header] ?? []).map((cell) => cellText(cell)));
  return readImportRows('measures', board.columns, table, header, mapping).map((row) =>
    'skipped' in row ? row.skipped : row.problems.length > 0 ? row.problems.map((p) => p.reason).join() : row.values.get('effect'),
  );
}

describe('numbers of a CSV read by the file’s decimal mark (IMP3)', () => {
  it('[IMP3] a `;` file reads "1.500" and "21 000,5" the Swedish way', () => {
    expect(effectsOf('Åtgärd;Ekonomisk effekt tkr/år\r\nA;1.500\r\nB;21 000,5\r\n')).toEqual([1500, 21000.5]);
  });

  it('[IMP3] a `,` file reads "1,500" and "1.5" the English way', () => {
    expect(effectsOf('Åtgärd,Ekonomisk effekt tkr/år\r\nA,"1,500"\r\nB,1.5\r\n')).toEqual([1500, 1.5]);
  });
});
