import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_BOARDS } from '../../seeds/buildSeedBoards.ts';
import type { SeedBoard } from '../../seeds/seedTypes.ts';

/*
 * Every piece of text the seeds carry must be found, word for word, in the seed documents: the
 * check that nothing was paraphrased or mistyped. Whitespace is compared collapsed (the PDF
 * text breaks lines anywhere and uses no-break spaces), and the PDF's word splits are mended
 * the way the data mends them. A line's leading "• " is a bullet glyph the text lost.
 * The documents live beside the repository (../shared/seed-documents), as they do in CI's clone.
 */
const DOCUMENTS = join(import.meta.dirname, '../../../shared/seed-documents');
const WORD_SPLITS: [string, string][] = [
  ['omvårdnadspe rsonal', 'omvårdnadspersonal'],
  ['kommunikations- insatser', 'kommunikationsinsatser'],
];

const normalise = (s: string): string => {
  let out = s.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/ ,/g, ',').trim();
  for (const [split, whole] of WORD_SPLITS) out = out.replaceAll(split, whole);
  return out.toLowerCase();
};

/** Every line of prose and every name a seed board holds; codes (statuses, lanes, ids) and column titles are ours. */
function textsOf(board: SeedBoard): string[] {
  const texts: string[] = [];
  if (board.kind === 'measures') {
    for (const m of board.cards) texts.push(m.title, m.unit, m.staffCategory, m.comment, ...m.responsible);
    for (const m of board.milestones) texts.push(m.title, m.involved, m.date.length === 10 ? m.date : '');
  } else if (board.kind === 'assignments') {
    for (const a of board.cards) {
      texts.push(a.title, a.directedTo ?? '', a.givenBy ?? '', a.periodicity ?? '', a.deadline ?? '', a.analysis ?? '', ...(a.responsible ?? []));
      for (const r of a.reports ?? []) texts.push(r.lastMonth, r.nextMonth, r.comments, r.risks);
    }
  } else {
    // `group` is left out: the meeting names of the agenda board are ours (the delmål test holds the regionmål).
    for (const c of board.cards) texts.push(c.title, c.comment ?? '');
  }
  return texts
    .flatMap((t) => t.split('\n'))
    .map((line) => line.replace(/^• /, ''))
    .filter((line) => line.length > 0);
}

describe('seed text is the documents’ own', () => {
  const source = readdirSync(DOCUMENTS)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .map((f) => normalise(readFileSync(join(DOCUMENTS, f), 'utf8')))
    .join('\n');

  it.each(SEED_BOARDS.map((b) => [b.id, b] as const))('%s: every line is found in the documents', (_id, board) => {
    const missing = textsOf(board).filter((line) => !source.includes(normalise(line)));
    expect(missing).toEqual([]);
  });
});
