/**
 * Reads an effect typed the Swedish or English way ("157 000", "1 500,5", "−200", "1,500.5")
 * as thousand SEK. '' means unknown (undefined); text that is not a number gives null.
 */
export function parseEffect(input: string): number | undefined | null {
  let text = input.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-').replace(/(tkr|ksek)$/i, '');
  if (text === '') return undefined;
  // "1,500.5": comma groups thousands; "1500,5": comma is the decimal sign.
  text = text.includes('.') ? text.replace(/,/g, '') : text.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}
