import type { ImportTable } from '../../shared/import/importTable.ts';
import { ImportFileError } from './ImportFileError.ts';
import { IMPORT_LIMITS, type ImportLimits } from './importLimits.ts';
import { readCsv } from './readCsv.ts';
import { XLSX_READER, type XlsxReader } from './XlsxReader.ts';

export type ImportFormat = 'xlsx' | 'csv';

/**
 * An untrusted spreadsheet read defensively (IMP8): its size, its zip, its rows, each capped before
 * the next step; an XLSX in the reader's worker, under its time and heap caps.
 */
export async function readImportFile(bytes: Uint8Array, format: ImportFormat, limits: ImportLimits = IMPORT_LIMITS, xlsx: XlsxReader = XLSX_READER): Promise<ImportTable> {
  if (bytes.byteLength > limits.fileBytes) throw new ImportFileError('too_large', `the file is ${bytes.byteLength} bytes, at most ${limits.fileBytes} are read`, { limit: limits.fileBytes, actual: bytes.byteLength });
  return format === 'xlsx' ? xlsx.read(bytes, limits) : readCsv(bytes, limits);
}
