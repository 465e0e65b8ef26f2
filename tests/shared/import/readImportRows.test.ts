import { describe, expect, it } from 'vitest';
import { hsfAtgarder } from '../../../seeds/data/hsfAtgarder.ts';
import { mapHeaders } from '../../../shared/import/mapHeaders.ts';
import { readImportRows } from '../../../shared/import/readImportRows.ts';
import { MAX_NAME_LENGTH, MAX_NAMES } from '../../../shared/schema/limits.ts';
import { built } from '../../seeds/seedBoard.ts';

const { board } = built(hsfAtgarder);
const HEADERS = ['Åtgärd', 'Beredningsansvarig'];

/** Each row's reasons, for rows of a title and a cell of names. */
const reasonsOf = (names: string[]) =>
  readImportRows('measures', board.columns, { rows: [HEADERS, ...names.map((cell) => ['Åtgärd', cell])] }, 0, mapHeaders('measures', HEADERS)).map((row) =>
    'problems' in row ? row.problems.map((problem) => problem.reason) : [],
  );

describe('a cell of names past the schema’s caps (IMP3, LIM1)', () => {
  it('[IMP3] more than MAX_NAMES names is too_many_names, a name past MAX_NAME_LENGTH name_too_long; at the caps both are read', () => {
    const many = (count: number) => Array.from({ length: count }, (_, i) => `Namn ${i}`).join(', ');
    expect(reasonsOf([many(MAX_NAMES + 1), `Anna, ${'y'.repeat(MAX_NAME_LENGTH + 1)}`, many(MAX_NAMES), 'y'.repeat(MAX_NAME_LENGTH)])).toEqual([
      ['too_many_names'],
      ['name_too_long'],
      [],
      [],
    ]);
  });
});
