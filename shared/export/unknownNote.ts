import type { ExportLanguage } from './exportColumns.ts';

/**
 * A sum's text followed by what it leaves out when some of its cards' effects are unknown, the one
 * wording of the XLSX's sum rows, the slides' sums and the print view's (EXP7, PPT3, PRT2): the
 * board's own short form, "Summa (1 okänd)", "(2 okända)", "(1 unknown)"; the text alone when none
 * is unknown. An unknown effect is counted, never summed (SUM2).
 */
export function withUnknownNote(sum: string, unknown: number, language: ExportLanguage): string {
  if (unknown === 0) return sum;
  const note = language === 'en' ? `(${unknown} unknown)` : unknown === 1 ? '(1 okänd)' : `(${unknown} okända)`;
  return `${sum} ${note}`;
}
