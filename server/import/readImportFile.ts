import type { ImportTable } from '../../shared/import/importTable.ts';
import { ImportFileError } from './ImportFileError.ts';
import { IMPORT_LIMITS, type ImportLimits } from './importLimits.ts';
import { readCsv } from './readCsv.ts';
import { readXlsx } from './readXlsx.ts';

export type ImportFormat = 'xlsx' | 'csv';

/** An untrusted spreadsheet read defensively (IMP8): its size, its zip, its rows, each capped before the next step. */
export async function readImportFile(bytes: Uint8Array, format: ImportFormat, limits: ImportLimits = IMPORT_LIMITS): Promise<ImportTable> {
  if (bytes.byteLength > limits.fileBytes) throw new ImportFileError('too_large', `the file is ${bytes.byteLength} bytes, at most ${limits.fileBytes} are read`);
  return format === 'xlsx' ? readXlsx(bytes, limits) : readCsv(bytes, limits);
}
