/**
 * Why a file is refused before any of its rows is read (IMP8): a closed set the route answers as its
 * code. Each reason's `limit` and `actual` count one thing: bytes for `too_large` and
 * `unpacks_too_large`, parts of the zip for `too_many_parts`, rows for `too_many_rows`, columns for
 * `too_wide`, milliseconds of parsing for `too_slow`, megabytes of the parser's heap for
 * `too_complex`, seconds to wait for `busy`; `not_a_spreadsheet` has none.
 */
export type ImportFileReason =
  | 'too_large'
  | 'not_a_spreadsheet'
  | 'unpacks_too_large'
  | 'too_many_parts'
  | 'too_many_rows'
  | 'too_wide'
  | 'too_slow'
  | 'too_complex'
  | 'busy';

/** The cap a refused file met, in the unit of its reason, and how far the file went where that is known. */
export interface ImportFileFigures {
  limit?: number;
  actual?: number;
}

/** A file the import will not read: too big, not the format it claims, a zip bomb, too many rows, too long to parse. */
export class ImportFileError extends Error {
  readonly limit: number | undefined;
  readonly actual: number | undefined;

  constructor(
    readonly reason: ImportFileReason,
    message: string,
    figures: ImportFileFigures = {},
  ) {
    super(message);
    this.name = 'ImportFileError';
    this.limit = figures.limit;
    this.actual = figures.actual;
  }
}
