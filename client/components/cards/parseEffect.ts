import type { Language } from '../../i18n/format.ts';

/** What reading a typed amount gives: the number ('' is unknown, undefined), or why it was refused. */
export type AmountReading = { ok: true; value: number | undefined } | { ok: false; reason: 'invalid' | 'ambiguous' };

/** The catalogue message for each refusal, for every field that reads an amount in tkr. */
export const AMOUNT_ERRORS = { invalid: 'card.effectInvalid', ambiguous: 'card.effectAmbiguous' } as const;

/**
 * Each language's marks, as formatNumber writes them: Swedish groups with a space (or '.') and
 * writes decimals with ','; English groups with ',' and writes decimals with '.'. A space groups in both.
 */
const MARKS: Record<Language, { group: string; decimal: string }> = {
  sv: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const escape = (mark: string): string => `\\${mark}`;

/** Sign, integer part (plain, or grouped in threes with one kind of mark), optional decimals. */
function grammar(lang: Language): RegExp {
  const { group, decimal } = MARKS[lang];
  return new RegExp(`^(-?)(\\d+|\\d{1,3}([ ${escape(group)}])\\d{3}(?:\\3\\d{3})*)(?:${escape(decimal)}(\\d+))?$`);
}

const GRAMMARS: Record<Language, RegExp> = { sv: grammar('sv'), en: grammar('en') };

/**
 * Reads an amount in thousand SEK as the UI language writes it (what formatNumber shows reads
 * back as the same number): "157 000", "1.500", "1 500,5" in Swedish; "157,000", "1,500.5" in
 * English; "−200", "-200 tkr" in both. Refuses rather than guesses where the marks could mean
 * the other language's: a decimal mark followed by exactly three digits after one to three
 * ("1,500" in Swedish, "1.500" in English), or text only the other language reads ("1.5" in Swedish).
 */
export function parseEffect(input: string, lang: Language): AmountReading {
  const text = input
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/ ?(tkr|ksek)$/i, '');
  if (text === '') return { ok: true, value: undefined };
  const match = GRAMMARS[lang].exec(text);
  if (!match) {
    const other: Language = lang === 'sv' ? 'en' : 'sv';
    return { ok: false, reason: GRAMMARS[other].test(text) ? 'ambiguous' : 'invalid' };
  }
  const [, sign, integer = '', groupMark, decimals] = match;
  if (!groupMark && decimals?.length === 3 && /^[1-9]\d{0,2}$/.test(integer)) return { ok: false, reason: 'ambiguous' };
  const value = Number(`${sign}${integer.replace(/\D/g, '')}${decimals ? `.${decimals}` : ''}`);
  return { ok: true, value: value === 0 ? 0 : value }; // "-0" is 0, not -0
}
