import type { TFunction } from 'i18next';
import { formatNumber, type Language } from '../../i18n/format.ts';
import { IMPORT_VERDICTS, type ImportAnswer, type ImportOutcome } from './importApi.ts';

/** IMP12: the dry run's counts as a list, each worded with its plural ("1 nytt kort, 2 nya kort"); `skipped` only when there are any. */
export function countsText(t: TFunction, counts: ImportAnswer['counts']): string {
  return IMPORT_VERDICTS.filter((verdict) => verdict !== 'skipped' || (counts.skipped ?? 0) > 0)
    .map((verdict) => t(`import.counts.${verdict}`, { count: counts[verdict] ?? 0 }))
    .join(', ');
}

/** A size the server names in bytes, as people read it: `700 kB`, `16 MB`. */
export function formatBytes(bytes: number, lang: Language): string {
  const mb = 1024 * 1024;
  return bytes >= mb ? `${formatNumber(Math.round(bytes / mb), lang)}\u00a0MB` : `${formatNumber(Math.round(bytes / 1024), lang)}\u00a0kB`;
}

/** The refusals of a file Tavla will not read whose limit the server names (IMP8), and what the limit counts. */
const LIMITED = { too_large: 'bytes', unpacks_too_large: 'bytes', too_many_rows: 'count', too_wide: 'count' } as const;

/** The codes with words of their own in `import.fileErrors`; the rest of a status is worded by it below. */
const WORDED = new Set(['too_large', 'unpacks_too_large', 'too_many_rows', 'too_wide', 'not_a_spreadsheet', 'no_header', 'forbidden', 'over_limit', 'unknown_board', 'unauthorized', 'offline']);

/**
 * A refused import in the UI's language (IMP12, for IMP8-IMP10): a file refused with the limit the server names
 * ("Filen är för stor: högst 700 kB"), no right to import (403), a busy server (409, 429, 503: try
 * again), else a plain failure. 422 `rows_refused` is not worded here: its rows are the answer.
 */
export function refusalText(t: TFunction, lang: Language, refusal: Extract<ImportOutcome, { ok: false }>): string {
  const { code, limit, status } = refusal;
  if (code in LIMITED && limit !== undefined) {
    const counted = LIMITED[code as keyof typeof LIMITED];
    return counted === 'bytes' ? t(`import.fileLimits.${code}`, { limit: formatBytes(limit, lang) }) : t(`import.fileLimits.${code}`, { count: limit, limit: formatNumber(limit, lang) });
  }
  if (WORDED.has(code)) return t(`import.fileErrors.${code}`);
  if (status === 403) return t('import.fileErrors.forbidden');
  if (status === 409 || status === 429 || status === 503) return t('import.fileErrors.busy');
  return t('import.fileErrors.other');
}
