import { describe, expect, it } from 'vitest';
import { SEED_BOARDS } from '../../seeds/buildSeedBoards.ts';
import { SEED_MEETINGS } from '../../seeds/buildSeedMeetings.ts';
import type { SeedBoard, SeedMeeting } from '../../seeds/seedTypes.ts';
import { allDocuments, normalise, unbulleted } from './seedDocuments.ts';

/*
 * Every piece of text the seeds carry must be found, word for word, in the seed documents: the
 * check that nothing was paraphrased or mistyped (compared as seedDocuments.ts normalises it).
 */

/** Every line of prose and every name a seed board holds; codes (statuses, lanes, ids) and column titles are ours. */
function textsOfBoard(board: SeedBoard): string[] {
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
    // `group` is left out: the delmål test holds the regionmål.
    for (const c of board.cards) texts.push(c.title, c.comment ?? '');
  }
  return texts;
}

/** A meeting's agenda titles and notes; its title, date, group, kinds and minutes are Tavla's (hsfMeetings.ts says why). */
const textsOfMeeting = (meeting: SeedMeeting): string[] => meeting.items.flatMap((item) => [item.title, ...(item.notes ?? [])]);

const lines = (texts: string[]): string[] =>
  texts
    .flatMap((t) => t.split('\n'))
    .map(unbulleted)
    .filter((line) => line.length > 0);

describe('seed text is the documents’ own', () => {
  const source = allDocuments();
  const missing = (texts: string[]) => lines(texts).filter((line) => !source.includes(normalise(line)));

  it.each(SEED_BOARDS.map((b) => [b.id, b] as const))('%s: every line is found in the documents', (_id, board) => {
    expect(missing(textsOfBoard(board))).toEqual([]);
  });

  it.each(SEED_MEETINGS.map((m) => [m.id, m] as const))('%s: every agenda title and line of notes is found in the documents', (_id, meeting) => {
    expect(missing(textsOfMeeting(meeting))).toEqual([]);
  });
});
