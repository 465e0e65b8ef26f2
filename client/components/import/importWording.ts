import type { TFunction } from 'i18next';
import { formatNumber, type Language } from '../../i18n/format.ts';
import { IMPORT_VERDICTS, type ImportAnswer, type ImportOutcome } from './importApi.ts';

/** The verdicts whose count names what it counts ("1 ändrat kort", "1 ändrad rapport"), so a reports sheet's are its own. */
const REPORT_WORDED = new Set<string>(['create', 'update']);

/**
 * IMP12: counts as a list, each worded with its plural ("1 nytt kort, 2 ändrade kort"; a reports sheet's
 * "1 ny rapport, 1 ändrad rapport"); `skipped` only when there are any.
 */
export function countsText(t: TFunction, counts: ImportAnswer['counts'], of: 'cards' | 'reports' = 'cards'): string {
  return IMPORT_VERDICTS.filter((verdict) => verdict !== 'skipped' || (counts.skipped ?? 0) > 0)
    .map((verdict) => t(of === 'reports' && REPORT_WORDED.has(verdict) ? `import.reportCounts.${verdict}` : `import.counts.${verdict}`, { count: counts[verdict] ?? 0 }))
    .join(', ');
}

/** The cards' counts: every row's, less the reports sheet's rows when the file has one (EXP5). */
const cardCounts = ({ counts, reportCounts }: ImportAnswer): ImportAnswer['counts'] =>
  Object.fromEntries(IMPORT_VERDICTS.map((verdict) => [verdict, (counts[verdict] ?? 0) - (reportCounts?.[verdict] ?? 0)]));

/** The dry run's line (IMP12): the cards' counts, then the reports sheet's when there is one; nothing is written yet. */
export function checkedText(t: TFunction, answer: ImportAnswer): string {
  const reports = answer.reportCounts && t('import.reportsPart', { sheet: t('import.sheets.reports', { defaultValue: 'reports' }), counts: countsText(t, answer.reportCounts, 'reports') });
  return t('import.checked', { counts: `${countsText(t, cardCounts(answer))}${reports ? `; ${reports}` : ''}` });
}

/** The written import's line (IMP12): its new and changed cards, and its new and changed reports when the file had them. */
export function doneText(t: TFunction, answer: ImportAnswer): string {
  const cards = cardCounts(answer);
  const done = t('import.done', { created: t('import.doneCreated', { count: cards.create ?? 0 }), updated: t('import.doneUpdated', { count: cards.update ?? 0 }) });
  const reports = answer.reportCounts;
  return reports ? `${done} ${t('import.doneReports', { count: (reports.create ?? 0) + (reports.update ?? 0) })}` : done;
}

/** A size the server names in bytes, as people read it: `700 kB`, `16 MB`. */
export function formatBytes(bytes: number, lang: Language): string {
  const mb = 1024 * 1024;
  return bytes >= mb ? `${formatNumber(Math.round(bytes / mb), lang)}\u00a0MB` : `${formatNumber(Math.round(bytes / 1024), lang)}\u00a0kB`;
}

/**
 * The refusals of a file Tavla will not read whose limit the server names (IMP8), and what the limit
 * counts: bytes, a number of rows, columns or parts, milliseconds of parsing, seconds to wait.
 */
const LIMITED = { too_large: 'bytes', unpacks_too_large: 'bytes', too_many_rows: 'count', too_wide: 'count', too_many_parts: 'count', too_slow: 'ms', busy: 'count' } as const;

/** The codes with words of their own in `import.fileErrors`; the rest of a status is worded by it below. */
const WORDED = new Set([
  ...['too_large', 'unpacks_too_large', 'too_many_parts', 'too_many_rows', 'too_wide', 'too_slow', 'too_complex', 'not_a_spreadsheet', 'no_header', 'busy'],
  ...['forbidden', 'over_limit', 'unknown_board', 'unauthorized', 'offline'],
]);

/** The words a limit fills in, as its kind counts it. */
function limitWords(counted: (typeof LIMITED)[keyof typeof LIMITED], limit: number, lang: Language): { limit: string; count?: number } {
  if (counted === 'bytes') return { limit: formatBytes(limit, lang) };
  const count = counted === 'ms' ? Math.ceil(limit / 1000) : limit;
  return { count, limit: formatNumber(count, lang) };
}

/**
 * A refused import in the UI's language (IMP12, for IMP8-IMP10): a file refused with the limit the server names
 * ("Filen är för stor: högst 700 kB"), no right to import (403), a busy server (409, 429, 503: try
 * again, in as many seconds as it says), else a plain failure. 422 `rows_refused` is not worded here: its rows are the answer.
 */
export function refusalText(t: TFunction, lang: Language, refusal: Extract<ImportOutcome, { ok: false }>): string {
  const { code, limit, status } = refusal;
  if (code in LIMITED && limit !== undefined) return t(`import.fileLimits.${code}`, limitWords(LIMITED[code as keyof typeof LIMITED], limit, lang));
  if (WORDED.has(code)) return t(`import.fileErrors.${code}`);
  if (status === 403) return t('import.fileErrors.forbidden');
  if (status === 409 || status === 429 || status === 503) return t('import.fileErrors.busy');
  return t('import.fileErrors.other');
}
