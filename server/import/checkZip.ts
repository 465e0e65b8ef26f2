import { inflateRawSync } from 'node:zlib';
import { ImportFileError } from './ImportFileError.ts';
import type { ImportLimits } from './importLimits.ts';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/** Every A1 reference of a cell, range or list (`ref`, `sqref`, `r`) in a sheet's XML. */
const REFERENCE_ATTRIBUTE = /\s(?:ref|sqref|r)="([^"]*)"/g;
const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

const columnNumber = (letters: string) => [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);

/**
 * IMP8: a sheet reaches no further than the import reads. A few bytes of XML can name a merge, a
 * validation or one far cell over a million rows or 16 384 columns, which the XLSX library then
 * walks cell by cell, holding the server's one thread for minutes; refused before it opens.
 */
function checkSheetReach(xml: string, limits: Pick<ImportLimits, 'rows' | 'columns'>): void {
  for (const [, value] of xml.matchAll(REFERENCE_ATTRIBUTE)) {
    for (const cell of value!.split(/[\s:]+/)) {
      const match = CELL.exec(cell);
      const row = match ? Number(match[2]) : 0;
      const column = match ? columnNumber(match[1]!) : 0;
      if (row > limits.rows) throw new ImportFileError('too_many_rows', `the sheet reaches ${cell}, past row ${limits.rows}`, { limit: limits.rows, actual: row });
      if (column > limits.columns) throw new ImportFileError('too_wide', `the sheet reaches ${cell}, past column ${limits.columns}`, { limit: limits.columns, actual: column });
    }
  }
}

const notZip = (why: string) => new ImportFileError('not_a_spreadsheet', `not an XLSX file: ${why}`);

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes and may be followed by a comment of at most 65 535.
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw notZip('no end of central directory');
}

/**
 * IMP8: walks an XLSX's zip before any library opens it, and inflates every entry with a cap on
 * what it may unpack to, so a zip bomb is refused after at most `unpackedBytes` of output, whatever
 * sizes its headers claim (they may lie). ZIP64, encryption and methods other than stored and
 * deflate are refused: Excel writes none of them for a sheet of this size.
 */
export function checkZip(bytes: Uint8Array, limits: Pick<ImportLimits, 'unpackedBytes' | 'zipEntries' | 'rows' | 'columns'>): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) throw notZip('too short');
  const end = findEndOfCentralDirectory(view);
  const entries = view.getUint16(end + 10, true);
  if (entries > limits.zipEntries) throw new ImportFileError('too_many_parts', `the file holds ${entries} parts, at most ${limits.zipEntries} are read`, { limit: limits.zipEntries, actual: entries });
  let at = view.getUint32(end + 16, true);
  let unpacked = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL) throw notZip('a broken central directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const local = view.getUint32(at + 42, true);
    if (flags & 1) throw notZip('an encrypted part');
    if (compressed === 0xffffffff || local === 0xffffffff) throw notZip('ZIP64');
    if (method !== STORED && method !== DEFLATED) throw notZip(`compression method ${method}`);
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== LOCAL) throw notZip('a broken local header');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > bytes.byteLength) throw notZip('a part past the end of the file');
    const data = bytes.subarray(start, start + compressed);
    const room = limits.unpackedBytes - unpacked;
    let part: Uint8Array | undefined;
    if (method === STORED) part = data;
    else {
      try {
        part = inflateRawSync(data, { maxOutputLength: Math.max(1, room) });
      } catch (error) {
        if ((error as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') throw notZip('a part that does not inflate');
      }
    }
    unpacked = part === undefined ? limits.unpackedBytes + 1 : unpacked + part.byteLength;
    if (unpacked > limits.unpackedBytes) throw new ImportFileError('unpacks_too_large', `the file unpacks to more than ${limits.unpackedBytes} bytes`, { limit: limits.unpackedBytes });
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + view.getUint16(at + 28, true)));
    if (WORKSHEET.test(name)) checkSheetReach(new TextDecoder().decode(part), limits);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}
