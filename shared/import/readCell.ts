import type { ExportColumn } from '../export/exportColumns.ts';
import { isoDate } from '../schema/values.ts';
import type { DecimalMark, ImportCell, ImportReason } from './importTable.ts';

/** A cell read for its column: the value (undefined for an empty cell, which clears the field), or why it cannot be. */
export type ReadCell = { ok: true; value: unknown } | { ok: false; reason: ImportReason };

const fail = (reason: ImportReason): ReadCell => ({ ok: false, reason });
const ok = (value: unknown): ReadCell => ({ ok: true, value });

/**
 * A number under one reading (IMP3): digits, or 1-3 digits (not a lone 0) then groups of exactly
 * three after one grouping mark, used alike throughout; then decimals after the reading's mark.
 * Swedish groups by a space (plain, no-break or narrow no-break) or `.`, English by a space or `,`.
 */
const reading = (groups: string, decimal: DecimalMark) => new RegExp(`^[-−]?(?:[1-9]\\d{0,2}([${groups}])\\d{3}(?:\\1\\d{3})*|\\d+)(?:\\${decimal}\\d+)?$`);

const READINGS = [
  { decimal: ',', pattern: reading(' \u00a0\u202f.', ',') },
  { decimal: '.', pattern: reading(' \u00a0\u202f,', '.') },
] as const;

/** What a number's text reads as: a number, none, or two that differ ("1.500": 1 500 in Swedish, 1,5 in English). */
export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: 'not_a_number' | 'ambiguous_number' };

/**
 * Parses a number as Swedes and English speakers write it (IMP3): "15 000", "1.500", "1 500,5",
 * "1.500,5", "-1 500,5", "1,500.5", "1500.5", "0,125". A text both readings take with different
 * values ("1.500", "1,500", "15.000") is the file's decimal mark's reading when it is known (a CSV's
 * separator tells it: `;` Swedish, `,` English), else `ambiguous_number`: never guessed. A unit or
 * other text is `not_a_number`.
 */
export function parseNumber(text: string, decimal?: DecimalMark): ParsedNumber {
  const trimmed = text.trim();
  const readings = READINGS.filter(({ pattern }) => pattern.test(trimmed)).map(({ decimal: mark }) => ({
    mark,
    value: Number(trimmed.replace('−', '-').replace(mark === ',' ? /[ \u00a0\u202f.]/g : /[ \u00a0\u202f,]/g, '').replace(',', '.')),
  }));
  if (readings.length === 0) return { ok: false, reason: 'not_a_number' };
  if (new Set(readings.map((r) => r.value)).size === 1) return { ok: true, value: readings[0]!.value };
  const known = readings.find((r) => r.mark === decimal);
  return known ? { ok: true, value: known.value } : { ok: false, reason: 'ambiguous_number' };
}

const normalize = (text: string): string => text.trim().toLocaleLowerCase('sv');

/** An enum cell by its Swedish or English label or its stored value (EXP3). */
function readEnum(column: ExportColumn, text: string): ReadCell {
  const wanted = normalize(text);
  const found = Object.entries(column.values ?? {}).find(([key, label]) => [key, label.sv, label.en].some((name) => normalize(name) === wanted));
  return found ? ok(found[0]) : fail('unknown_value');
}

/**
 * Reads one cell as the value of its export column (EXP3, IMP3): numbers for `kSek` (parseNumber,
 * by the file's decimal mark when known), a list of names split at `,` or `;`, an ISO date, an enum
 * by its label. The card's schemas judge the value afterwards (parseImportRows); this only turns
 * the file's cell into the field's type.
 */
export function readCell(column: ExportColumn, cell: ImportCell | undefined, decimal?: DecimalMark): ReadCell {
  if (cell === null || cell === undefined) return ok(undefined);
  if (typeof cell === 'object') return fail('unreadable');
  const text = typeof cell === 'string' ? cell.trim() : String(cell);
  if (text === '') return ok(undefined);
  switch (column.type) {
    case 'kSek': {
      if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('not_a_number');
      const parsed = parseNumber(text, decimal);
      if (!parsed.ok) return fail(parsed.reason);
      return Number.isFinite(parsed.value) ? ok(parsed.value) : fail('not_a_number');
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
