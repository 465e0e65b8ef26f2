import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/*
 * The seed documents' text, for the checks that the seeds carry nothing the documents do not
 * say. Whitespace is compared collapsed (the PDF text breaks lines anywhere and uses no-break
 * spaces), and the PDF's word splits are mended the way the data mends them.
 * The documents live beside the repository (../shared/seed-documents), as they do in CI's clone.
 */
const DOCUMENTS = join(import.meta.dirname, '../../../shared/seed-documents');
const WORD_SPLITS: [string, string][] = [
  ['omvårdnadspe rsonal', 'omvårdnadspersonal'],
  ['kommunikations- insatser', 'kommunikationsinsatser'],
];

/** Text as the checks compare it: whitespace collapsed, word splits mended, lower case. */
export function normalise(s: string): string {
  let out = s.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/ ,/g, ',').trim();
  for (const [split, whole] of WORD_SPLITS) out = out.replaceAll(split, whole);
  return out.toLowerCase();
}

const files = (): string[] => readdirSync(DOCUMENTS).filter((f) => /^\d{3}_.*\.txt$/.test(f));

/** The raw text of one seed document, by its number (`'000'`). */
export function documentText(number: string): string {
  const file = files().find((f) => f.startsWith(`${number}_`));
  if (!file) throw new Error(`no seed document ${number}`);
  return readFileSync(join(DOCUMENTS, file), 'utf8');
}

/** Every seed document's text, normalised, in one string. */
export const allDocuments = (): string => files().map((f) => normalise(readFileSync(join(DOCUMENTS, f), 'utf8'))).join('\n');

/** A seed line as the documents hold it: a line's leading "• " is a bullet glyph the text lost. */
export const unbulleted = (line: string): string => line.replace(/^• /, '');
