import { MAX_IMPORT_FILE_BYTES } from '../../shared/import/importTable.ts';
import { MAX_CARDS } from '../../shared/schema/limits.ts';

/**
 * The caps of one imported file (IMP8). A board holds at most MAX_CARDS cards, and the export's
 * file of the largest seed board is some 10 kB, so an honest file is far below each.
 */
export interface ImportLimits {
  /** The file itself; the JSON body that carries it (base64) is capped by SEC1 as well. */
  fileBytes: number;
  /** Everything an XLSX unpacks to, summed over its entries, counted while inflating: a zip bomb stops here. */
  unpackedBytes: number;
  /** Entries of an XLSX's zip. */
  zipEntries: number;
  /** Rows of the sheet or CSV: the cards a board may hold, and room for the export's title and sum rows. */
  rows: number;
  /** Columns a sheet may reach: a mapping names at most this many (IMP2). */
  columns: number;
  /** Wall-clock milliseconds an XLSX's parse may take in its worker (checkZip, ExcelJS, the cells): past it the worker is stopped. */
  parseMs: number;
  /** The worker's heap (V8's old generation, MB): a file whose parse needs more stops the worker, never the server. */
  parseHeapMb: number;
}

export const IMPORT_LIMITS: ImportLimits = {
  fileBytes: MAX_IMPORT_FILE_BYTES,
  unpackedBytes: 16 * 1024 * 1024,
  zipEntries: 200,
  rows: MAX_CARDS + 100,
  columns: 200,
  parseMs: 15_000,
  parseHeapMb: 64,
};
