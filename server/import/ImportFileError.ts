/** Why a file is refused before any of its rows is read (IMP8): a closed set the route answers as its code. */
export type ImportFileReason = 'too_large' | 'not_a_spreadsheet' | 'unpacks_too_large' | 'too_many_rows' | 'too_wide';

/** A file the import will not read: too big, not the format it claims, a zip bomb, too many rows. */
export class ImportFileError extends Error {
  constructor(
    readonly reason: ImportFileReason,
    message: string,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}
