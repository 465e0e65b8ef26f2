import * as Y from 'yjs';
import { isValidId } from '../ids.ts';
import { getAgenda, getAttendees, getMeetingMeta, getProgress, getRun } from './meetingDoc.ts';
import { isWebLink } from './meetingFields.ts';
import { currentItemId, meetingStatus, sortedEntries } from './meetingLookup.ts';
import {
  ATTENDANCE,
  ITEM_KINDS,
  MEETING_FIELDS,
  MEETING_KIND,
  type Attendance,
  type CardLink,
  type ItemKind,
  type MeetingMeta,
  type MeetingStatus,
} from './meetingSchema.ts';
import type { ItemProgress } from './timer.ts';
import { readDecisions, type DecisionsSnapshot } from './readDecisions.ts';
import { readMinutes, type MinutesSnapshot } from './readMinutes.ts';

export type { ItemProgress } from './timer.ts';
export type { Decision, DecisionsSnapshot } from './readDecisions.ts';
export type { MinutesSnapshot } from './readMinutes.ts';

export interface Attendee {
  id: string;
  name: string;
  attendance: Attendance;
}

export interface AgendaItem {
  id: string;
  title: string;
  presenter?: string;
  minutes: number;
  kind: ItemKind;
  boards: readonly string[];
  cards: readonly CardLink[];
  notes: string;
  carriedFrom?: string;
}

export interface MeetingRun {
  status: MeetingStatus;
  startedAt?: number;
  endedAt?: number;
  /** A live item only (MTG10). */
  currentItem?: string;
}

/** The whole meeting as plain data: what the meeting page, the projector and the exports read. */
export interface MeetingSnapshot {
  readonly meta: MeetingMeta;
  /** Sorted by (order, id) (ORD1). */
  readonly attendees: readonly Attendee[];
  /** Sorted by (order, id) (ORD1). */
  readonly agenda: readonly AgendaItem[];
  readonly run: MeetingRun;
  /** Per live item id; an item without progress has none here (timer.ts reads it as nothing elapsed). */
  readonly progress: Readonly<Record<string, ItemProgress>>;
  /** Per item, ordered (MTG22); a version 1 meeting has none (MTG30). */
  readonly decisions: DecisionsSnapshot;
  readonly minutes: MinutesSnapshot;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const textOf = (value: unknown): string => (value instanceof Y.Text ? value.toString() : '');
const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T => ((values as readonly unknown[]).includes(value) ? (value as T) : fallback);

/**
 * The meta as a plain snapshot; a document not yet a meeting reads as version 0, empty title and
 * date (MTG3). A `videoLink` that is not http or https is left out (MTG12): the page renders it as a
 * link, and a document written past the server's check (a restored file, a bug) must not make it run.
 */
export function readMeetingMeta(doc: Y.Doc): MeetingMeta {
  const meta = getMeetingMeta(doc);
  const snapshot: MeetingMeta = { schemaVersion: num(meta.get('schemaVersion')) ?? 0, kind: MEETING_KIND, title: '', date: '' };
  for (const field of MEETING_FIELDS) {
    const value = str(meta.get(field));
    if (value !== undefined && (field !== 'videoLink' || isWebLink(value))) snapshot[field] = value;
  }
  return snapshot;
}

const isCardLink = (value: unknown): value is CardLink =>
  typeof value === 'object' && value !== null && typeof (value as CardLink).board === 'string' && typeof (value as CardLink).card === 'string';

function toItem(id: string, map: Y.Map<unknown>): AgendaItem {
  const boards = map.get('boards');
  const cards = map.get('cards');
  const item: AgendaItem = {
    id,
    title: textOf(map.get('title')),
    minutes: num(map.get('minutes')) ?? 0,
    kind: oneOf(ITEM_KINDS, map.get('kind'), 'information'),
    boards: Array.isArray(boards) ? Object.freeze(boards.filter((b): b is string => typeof b === 'string')) : [],
    cards: Array.isArray(cards) ? Object.freeze(cards.filter(isCardLink).map((c) => ({ board: c.board, card: c.card }))) : [],
    notes: textOf(map.get('notes')),
  };
  const presenter = str(map.get('presenter'));
  const carriedFrom = str(map.get('carriedFrom'));
  if (presenter !== undefined) item.presenter = presenter;
  if (carriedFrom !== undefined) item.carriedFrom = carriedFrom;
  return item;
}

/** One item's progress; `runs` only for the current item of a running meeting (MTG14). */
function toProgress(map: Y.Map<unknown>, runs: boolean): ItemProgress {
  const progress: ItemProgress = { elapsedMs: num(map.get('elapsedMs')) ?? 0, extraMs: num(map.get('extraMs')) ?? 0, done: map.get('done') === true };
  const since = num(map.get('runningSince'));
  if (runs && since !== undefined) progress.runningSince = since;
  return progress;
}

function readRun(doc: Y.Doc): MeetingRun {
  const run = getRun(doc);
  const snapshot: MeetingRun = { status: meetingStatus(doc) };
  const startedAt = num(run.get('startedAt'));
  const endedAt = num(run.get('endedAt'));
  const current = currentItemId(doc);
  if (startedAt !== undefined) snapshot.startedAt = startedAt;
  if (endedAt !== undefined) snapshot.endedAt = endedAt;
  if (current !== undefined) snapshot.currentItem = current;
  return snapshot;
}

/** Reads the meeting in one pass plus the sorts; never throws, whatever the document holds. */
export function readMeeting(doc: Y.Doc): MeetingSnapshot {
  const agendaMap = getAgenda(doc);
  const attendeesMap = getAttendees(doc);
  const agenda = sortedEntries(agendaMap).map(({ id }) => toItem(id, agendaMap.get(id)!));
  const attendees = sortedEntries(attendeesMap).map(({ id }) => {
    const map = attendeesMap.get(id)!;
    return { id, name: str(map.get('name')) ?? '', attendance: oneOf(ATTENDANCE, map.get('attendance'), 'room') };
  });
  const run = readRun(doc);
  const running = run.status === 'running' ? run.currentItem : undefined;
  const progress: Record<string, ItemProgress> = {};
  getProgress(doc).forEach((map: unknown, id) => {
    if (isValidId(id) && agendaMap.has(id) && map instanceof Y.Map) progress[id] = toProgress(map as Y.Map<unknown>, id === running);
  });
  return { meta: readMeetingMeta(doc), attendees, agenda, run, progress, decisions: readDecisions(doc), minutes: readMinutes(doc) };
}

/** Every board an item links, itself or through a linked card, once each in agenda order (MTG11). */
export function linkedBoardIds(doc: Y.Doc): string[] {
  const ids = new Set<string>();
  for (const item of readMeeting(doc).agenda) {
    for (const board of item.boards) ids.add(board);
    for (const card of item.cards) ids.add(card.board);
  }
  return [...ids];
}

/** What a meeting list shows (GET /api/meetings). */
export function meetingSummary(doc: Y.Doc): { title: string; date: string; status: MeetingStatus } {
  const { title, date } = readMeetingMeta(doc);
  return { title, date, status: meetingStatus(doc) };
}
