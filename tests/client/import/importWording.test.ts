import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../client/i18n/i18n.ts';
import { en } from '../../../client/i18n/en.ts';
import { sv } from '../../../client/i18n/sv.ts';
import { checkedText, countsText, doneText, refusalText } from '../../../client/components/import/importWording.ts';
import type { ImportAnswer } from '../../../client/components/import/importApi.ts';

const NBSP = '\u00a0';
const svT = createI18n('sv').t;
const enT = createI18n('en').t;

/** The import section's keys, flattened, with their texts. */
const leaves = (node: object, prefix = ''): [string, string][] =>
  Object.entries(node).flatMap(([key, value]) => (typeof value === 'object' ? leaves(value as object, `${prefix}${key}.`) : [[`${prefix}${key}`, String(value)]]));

describe('the import dialog’s words (IMP12)', () => {
  it('[IMP12] every count in the import section has its _one and _other form, in Swedish and English', () => {
    for (const catalogue of [sv.import, en.import]) {
      const keys = new Map(leaves(catalogue));
      for (const [key, text] of keys) {
        if (!text.includes('{{count}}')) continue;
        const base = key.replace(/_(one|other)$/, '');
        expect(keys.has(`${base}_one`) && keys.has(`${base}_other`), key).toBe(true);
      }
    }
  });

  it('[IMP12] the dry run’s counts agree with their numbers: 1 nytt kort, 2 nya kort, 1 ändrat kort, 2 ändrade kort, 1 refuserad, 2 refuserade', () => {
    expect(countsText(svT, { create: 1, update: 2, unchanged: 1, refused: 2 })).toBe('1 nytt kort, 2 ändrade kort, 1 oförändrad, 2 refuserade');
    expect(countsText(svT, { create: 2, update: 1, unchanged: 0, refused: 1 })).toBe('2 nya kort, 1 ändrat kort, 0 oförändrade, 1 refuserad');
    expect(countsText(enT, { create: 1, update: 0, unchanged: 2, refused: 1 })).toBe('1 new card, 0 changed cards, 2 unchanged, 1 refused');
    expect(countsText(svT, { create: 1, update: 0, unchanged: 0, refused: 0, skipped: 2 })).toBe('1 nytt kort, 0 ändrade kort, 0 oförändrade, 0 refuserade, 2 hoppas över');
    expect(svT('import.checked', { counts: countsText(svT, { create: 1, update: 0, unchanged: 0, refused: 1 }) })).toBe('1 nytt kort, 0 ändrade kort, 0 oförändrade, 1 refuserad. Inget är skrivet än.');
  });

  it('[IMP12] a file with a reports sheet counts its cards and its reports apart, each by its own words', () => {
    const answer: ImportAnswer = {
      written: true,
      headers: [],
      mapping: [],
      rows: [],
      newColumns: [],
      counts: { create: 3, update: 1, unchanged: 0, refused: 1, skipped: 0 },
      reportCounts: { create: 2, update: 0, unchanged: 0, refused: 1, skipped: 0 },
    };
    // The sheet's own name is the reader's word for it (import.sheets).
    const sheet = svT('import.sheets.reports', { defaultValue: 'reports' });
    expect(checkedText(svT, answer)).toBe(`1 nytt kort, 1 ändrat kort, 0 oförändrade, 0 refuserade; ${sheet}: 2 nya rapporter, 0 ändrade rapporter, 0 oförändrade, 1 refuserad. Inget är skrivet än.`);
    expect(doneText(svT, answer)).toBe('Importerat: 1 nytt kort och 1 ändrat kort. Dessutom 2 nya eller ändrade rapporter.');
    expect(checkedText(svT, { ...answer, reportCounts: { create: 0, update: 1 } })).toContain(`${sheet}: 0 nya rapporter, 1 ändrad rapport, 0 oförändrade`);
    const { reportCounts: _none, ...cardsOnly } = answer;
    expect(checkedText(enT, cardsOnly)).toBe('3 new cards, 1 changed card, 0 unchanged, 1 refused. Nothing is written yet.');
  });

  it('[IMP12] refused rows, their skip and the written import are worded by their count', () => {
    expect(svT('import.refusedFirst', { count: 1 })).toBe('1 rad är refuserad: rätta filen eller välj att hoppa över den.');
    expect(svT('import.refusedFirst', { count: 2 })).toBe('2 rader är refuserade: rätta filen eller välj att hoppa över dem.');
    expect(svT('import.skip', { count: 1 })).toBe('Hoppa över den refuserade raden');
    expect(svT('import.skip', { count: 3 })).toBe('Hoppa över de 3 refuserade raderna');
    expect(enT('import.skip', { count: 1 })).toBe('Skip the refused row');
    const done = (t: typeof svT, create: number, update: number) => t('import.done', { created: t('import.doneCreated', { count: create }), updated: t('import.doneUpdated', { count: update }) });
    expect(done(svT, 1, 1)).toBe('Importerat: 1 nytt kort och 1 ändrat kort.');
    expect(done(svT, 2, 0)).toBe('Importerat: 2 nya kort och 0 ändrade kort.');
    expect(done(enT, 1, 2)).toBe('Imported: 1 new card and 2 changed cards.');
  });

  it('[IMP12] [IMP8] a refused file is worded with the limit the server names, in kB, MB or rows', () => {
    expect(refusalText(svT, 'sv', { ok: false, status: 413, code: 'too_large', limit: 700 * 1024 })).toBe(`Filen är för stor: högst 700${NBSP}kB.`);
    expect(refusalText(enT, 'en', { ok: false, status: 413, code: 'too_large', limit: 700 * 1024 })).toBe(`The file is too large: at most 700${NBSP}kB.`);
    expect(refusalText(svT, 'sv', { ok: false, status: 413, code: 'unpacks_too_large', limit: 16 * 1024 * 1024 })).toBe(`Filen packas upp till för mycket data: högst 16${NBSP}MB.`);
    expect(refusalText(svT, 'sv', { ok: false, status: 413, code: 'too_many_rows', limit: 1100 })).toBe(`Filen har för många rader: högst 1${NBSP}100 rader.`);
    expect(refusalText(svT, 'sv', { ok: false, status: 413, code: 'too_wide', limit: 200 })).toBe('Bladet har för många kolumner: högst 200 kolumner.');
    expect(refusalText(svT, 'sv', { ok: false, status: 413, code: 'too_many_parts', limit: 200 })).toBe('Filen har för många delar: högst 200 delar.');
    expect(refusalText(svT, 'sv', { ok: false, status: 422, code: 'too_slow', limit: 5000 })).toBe('Filen tar för lång tid att läsa: högst 5 sekunder. Spara den som CSV eller dela upp den.');
    expect(refusalText(svT, 'sv', { ok: false, status: 422, code: 'too_complex', limit: 256 })).toBe('Filen är för krävande att läsa. Spara den som CSV eller dela upp den.');
    expect(refusalText(svT, 'sv', { ok: false, status: 503, code: 'busy', limit: 1 })).toBe('Servern läser andra filer just nu. Försök igen om 1 sekund.');
    // Without a limit the refusal still says what is wrong.
    expect(refusalText(svT, 'sv', { ok: false, status: 413, code: 'too_large' })).toBe('Filen är för stor.');
    expect(refusalText(svT, 'sv', { ok: false, status: 400, code: 'not_a_spreadsheet' })).toBe('Filen går inte att läsa som Excel eller CSV.');
  });

  it('[IMP12] no right, a busy server and no server are each said, not "Något gick fel"', () => {
    expect(refusalText(svT, 'sv', { ok: false, status: 403, code: 'forbidden' })).toBe('Du får inte importera till den här tavlan.');
    for (const status of [409, 429, 503]) expect(refusalText(svT, 'sv', { ok: false, status, code: 'storage_unavailable' })).toBe('Servern är upptagen just nu. Försök igen om en stund.');
    expect(refusalText(svT, 'sv', { ok: false, status: 0, code: 'offline' })).toBe('Servern svarar inte. Kontrollera anslutningen och försök igen.');
    expect(refusalText(svT, 'sv', { ok: false, status: 400, code: 'over_limit' })).toBe('Tavlan skulle få fler kort än den får ha. Inget är skrivet.');
    expect(refusalText(svT, 'sv', { ok: false, status: 500, code: 'server_error' })).toBe('Importen gick inte. Försök igen.');
  });
});
