import { z } from 'zod';
import { isValidId } from '../ids.ts';
import { isoDate } from '../schema/values.ts';
import { isValidOrderKey } from '../order.ts';
import { ATTENDANCE, ITEM_KINDS, MEETING_KIND, MEETING_LIMITS, MEETING_STATUSES, MINUTES_STATUSES } from './meetingSchema.ts';

/** A line a person must fill in: not blank, at most `max` characters. */
const line = (max: number) => z.string().max(max).refine((s) => s.trim().length > 0, 'must not be blank');

/** An id of this model (LIM5). */
export const meetingId = z.string().refine(isValidId, 'not a valid id');

/** `HH:MM`, 00:00–23:59. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

/** Whether a string is an http or https URL (MTG4): a `javascript:` link in a projector's page would run. Checked on writing and again on reading (MTG12). */
export function isWebLink(s: string): boolean {
  try {
    const url = new URL(s);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** An http or https URL (MTG4). */
const webLink = z.string().max(MEETING_LIMITS.videoLink).refine(isWebLink, 'expected an http or https URL');

/** A server epoch-ms timestamp or a duration (MTG13): finite, not negative. */
const millis = z.number().finite().nonnegative();

const orderKey = z.string().refine(isValidOrderKey, 'not an order key');

/** Fields of `meta` besides `schemaVersion` (MTG2, MTG4). */
export const meetingMetaFields = {
  kind: z.literal(MEETING_KIND),
  title: line(MEETING_LIMITS.title),
  date: isoDate,
  startTime: clockTime,
  place: z.string().max(MEETING_LIMITS.place),
  videoLink: webLink,
  group: z.string().max(MEETING_LIMITS.group),
} as const;

/** Fields of one attendee map (MTG5). */
export const attendeeFields = {
  name: line(MEETING_LIMITS.name),
  attendance: z.enum(ATTENDANCE),
  order: orderKey,
} as const;

const uniqueBoards = z
  .array(meetingId)
  .max(MEETING_LIMITS.boards)
  .refine((ids) => new Set(ids).size === ids.length, 'a board is linked once');

const uniqueCards = z
  .array(z.object({ board: meetingId, card: meetingId }).strict())
  .max(MEETING_LIMITS.cards)
  .refine((links) => new Set(links.map((l) => `${l.board}/${l.card}`)).size === links.length, 'a card is linked once');

/** Names, each a line, at most `max` of them, each once (a responsible, a recipient). */
const names = (max: number) =>
  z
    .array(line(MEETING_LIMITS.name))
    .max(max)
    .refine((list) => new Set(list).size === list.length, 'a name is listed once');

/** Scalar fields of one agenda item (MTG6); `title` and `notes` are Y.Text (ITEM_TEXT_FIELDS). */
export const itemFields = {
  order: orderKey,
  presenter: z.string().max(MEETING_LIMITS.name),
  minutes: z.number().int().min(1).max(MEETING_LIMITS.minutes),
  kind: z.enum(ITEM_KINDS),
  boards: uniqueBoards,
  cards: uniqueCards,
  carriedFrom: isoDate,
} as const;

/** Scalar fields of one decision (MTG22); `background` and `text` are Y.Text (DECISION_TEXT_FIELDS). */
export const decisionFields = {
  itemId: meetingId,
  order: orderKey,
  matter: line(MEETING_LIMITS.matter),
  cards: uniqueCards,
  responsible: names(MEETING_LIMITS.responsible),
  deadline: isoDate,
  sendTo: names(MEETING_LIMITS.sendTo),
  paragraph: z.number().int().positive(),
  correctionOf: meetingId,
} as const;

/** A decision's prose, each a Y.Text made with the decision (MTG22) and capped (MTG8). */
export const DECISION_TEXT_FIELDS = ['background', 'text'] as const;
export const DECISION_TEXT_CAPS: Record<(typeof DECISION_TEXT_FIELDS)[number], number> = {
  background: MEETING_LIMITS.background,
  text: MEETING_LIMITS.decisionText,
};

/** What an operation takes for a decision's texts (MTG22). */
export const decisionTextInput = {
  background: z.string().max(MEETING_LIMITS.background),
  text: z.string().max(MEETING_LIMITS.decisionText),
} as const;

/** The justerare (MTG26): accounts, each once, with the names the minutes print. */
const adjusters = z
  .array(z.object({ userId: meetingId, name: line(MEETING_LIMITS.name) }).strict())
  .max(MEETING_LIMITS.adjusters)
  .refine((list) => new Set(list.map((a) => a.userId)).size === list.length, 'an adjuster is named once');

/** Scalar fields of `minutes` (MTG26); `approvals` is a Y.Map of its own. */
export const minutesFields = {
  status: z.enum(MINUTES_STATUSES),
  chair: z.string().max(MEETING_LIMITS.name),
  secretary: z.string().max(MEETING_LIMITS.name),
  adjusters,
} as const;

/** An approval's time (MTG27): an ISO 8601 UTC time as `Date.toISOString` writes it. */
export const approvalTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/, 'expected an ISO time').refine((s) => !Number.isNaN(Date.parse(s)), 'not a real time');

/** An item's prose, each a Y.Text made with the item (MTG6) and capped (MTG8). */
export const ITEM_TEXT_FIELDS = ['title', 'notes'] as const;
export const ITEM_TEXT_CAPS: Record<(typeof ITEM_TEXT_FIELDS)[number], number> = {
  title: MEETING_LIMITS.title,
  notes: MEETING_LIMITS.notes,
};

/** Fields of `run` (MTG13). */
export const runFields = {
  status: z.enum(MEETING_STATUSES),
  startedAt: millis,
  endedAt: millis,
  currentItem: meetingId,
} as const;

/** Fields of one item's progress map (MTG13). */
export const progressFields = {
  elapsedMs: millis,
  runningSince: millis,
  extraMs: millis,
  done: z.boolean(),
} as const;

/** Keys each map must hold once no update is pending (ORD5's rule for meetings, MTG7); meta's version and kind are checked on their own (MTG2). */
export const REQUIRED = {
  meta: ['title', 'date'],
  attendee: ['name', 'attendance', 'order'],
  item: ['order', 'title', 'minutes', 'kind', 'notes'],
  decision: ['itemId', 'order', 'matter', 'background', 'text'],
} as const;

/** An item's title as a document may hold it: typed empty is allowed, not past its cap (MTG6). */
export const itemTitleText = { title: z.string().max(MEETING_LIMITS.title) } as const;

/** What an operation takes for an item's texts (MTG6, MTG8): a title is one line, not blank. */
export const itemTextInput = {
  title: line(MEETING_LIMITS.title),
  notes: z.string().max(MEETING_LIMITS.notes),
} as const;
