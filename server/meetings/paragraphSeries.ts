import type * as Y from 'yjs';
import { readMeetingMeta } from '../../shared/meeting/readMeeting.ts';
import type { ParagraphSeries } from '../storage/Storage.ts';

/**
 * The series a meeting's paragraphs are numbered in (MTS16, MTG25): its `group` (trimmed, as
 * written) and the year of its `meta.date`; a meeting without a group is a series of its own, keyed
 * by its id, so its paragraphs still run § 1, § 2, … and never borrow another meeting's numbers.
 */
export function paragraphSeries(meetingId: string, doc: Y.Doc): ParagraphSeries {
  const { group, date } = readMeetingMeta(doc);
  const year = Number(date.slice(0, 4));
  // A settled meeting always has a date (MTG7); numbering one without would start a series of year 0.
  if (!/^\d{4}-/.test(date)) throw new Error(`meeting ${meetingId} has no date to number its paragraphs by`);
  const name = group?.trim();
  return { series: name ? `group:${name}` : `meeting:${meetingId}`, year };
}
