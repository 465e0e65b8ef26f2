import * as Y from 'yjs';
import { addAgendaItem } from '../shared/meeting/meetingOps.ts';
import { initMeeting } from '../shared/meeting/initMeeting.ts';
import { SEED_ORIGIN } from './buildSeedBoards.ts';
import { hsfLg202411, hsfLg202504 } from './data/hsfMeetings.ts';
import type { SeedMeeting } from './seedTypes.ts';

/** Every seed meeting, newest first, as a meeting list shows them. */
export const SEED_MEETINGS: readonly SeedMeeting[] = [hsfLg202504, hsfLg202411];

/**
 * One seed meeting's document, built through the shared/meeting operations only; into `doc`
 * when given (it must be empty). Items get their seed ids and are added in agenda order, so
 * two builds give the same order keys, and so the same documents.
 */
export function buildSeedMeeting(meeting: SeedMeeting, doc: Y.Doc = new Y.Doc()): Y.Doc {
  initMeeting(doc, { title: meeting.title, date: meeting.date, group: meeting.group }, SEED_ORIGIN);
  for (const { notes, ...item } of meeting.items) {
    addAgendaItem(doc, { ...item, ...(notes && { notes: notes.join('\n') }) }, {}, SEED_ORIGIN);
  }
  return doc;
}

/** Every seed meeting as a fresh document, keyed by its stable id (`hsf-lg-2025-04`, …). Pure, like buildSeedBoards. */
export function buildSeedMeetings(): { id: string; doc: Y.Doc }[] {
  return SEED_MEETINGS.map((meeting) => ({ id: meeting.id, doc: buildSeedMeeting(meeting) }));
}
