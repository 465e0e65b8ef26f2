import type { ExportColumn } from '../export/exportColumns.ts';
import { isoDate } from '../schema/values.ts';
import type { ImportCell, ImportReason } from './importTable.ts';

/** A cell read for its column: the value (undefined for an empty cell, which clears the field), or why it cannot be. */
export type ReadCell = { ok: true; value: unknown } | { ok: false; reason: ImportReason };

const fail = (reason: ImportReason): ReadCell => ({ ok: false, reason });
const ok = (value: unknown): ReadCell => ({ ok: true, value });

/** A number as Swedes and Excel write it: "15 000", "15000", "-1 500,5", "1500.5"; a unit or other text is not a number (IMP3). */
const SWEDISH_NUMBER = /^[-−]?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.]\d+)?$/;

/** Parses "15 000" or "-1 500,5"; undefined for anything that is not a number only. */
export function parseSwedishNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!SWEDISH_NUMBER.test(trimmed)) return undefined;
  return Number(trimmed.replace(/[ \u00a0\u202f]/g, '').replace('−', '-').replace(',', '.'));
}

const normalize = (text: string): string => text.trim().toLocaleLowerCase('sv');

/** An enum cell by its Swedish or English label or its stored value (EXP3). */
function readEnum(column: ExportColumn, text: string): ReadCell {
  const wanted = normalize(text);
  const found = Object.entries(column.values ?? {}).find(([key, label]) => [key, label.sv, label.en].some((name) => normalize(name) === wanted));
  return found ? ok(found[0]) : fail('unknown_value');
}

/**
 * Reads one cell as the value of its export column (EXP3, IMP3): numbers for `kSek`, a list of
 * names split at `,` or `;`, an ISO date, an enum by its label. The card's schemas judge the value
 * afterwards (parseImportRows); this only turns the file's cell into the field's type.
 */
export function readCell(column: ExportColumn, cell: ImportCell | undefined): ReadCell {
  if (cell === null || cell === undefined) return ok(undefined);
  if (typeof cell === 'object') return fail('unreadable');
  const text = typeof cell === 'string' ? cell.trim() : String(cell);
  if (text === '') return ok(undefined);
  switch (column.type) {
    case 'kSek': {
      const value = typeof cell === 'number' ? cell : parseSwedishNumber(text);
      return value === undefined || !Number.isFinite(value) ? fail('not_a_number') : ok(value);
    }
    case 'date':
      return isoDate.safeParse(text).success ? ok(text) : fail('not_a_date');
    case 'names':
      return ok(
        text
          .split(/[,;]/)
          .map((name) => name.trim())
          .filter((name) => name !== ''),
      );
    case 'enum':
      return readEnum(column, text);
    default:
      return ok(text);
  }
}
