/**
 * The meeting document's contract (shared/SPEC.md "Meetings", MTG1…): its version, kinds, names of
 * its top-level types and caps. No zod here (meetingFields.ts holds the value schemas), so the
 * start page can import the names without loading the validators.
 */

/**
 * Version of the meeting document contract (MTG2). Bump it, with a migration, when a stored meeting
 * would read differently. 2 added `decisions` and `minutes` (MTG22); a version 1 meeting reads as a
 * version 2 one with no decisions and draft minutes, so its migration writes nothing (MTG30).
 */
export const MEETING_SCHEMA_VERSION = 2;

/** `meta.kind` of every meeting; a board's kind is one of BOARD_KINDS, never this (MTG2). */
export const MEETING_KIND = 'meeting' as const;

export const ITEM_KINDS = ['information', 'discussion', 'decision'] as const;
export const ATTENDANCE = ['room', 'remote', 'absent'] as const;
export const MEETING_STATUSES = ['planned', 'running', 'ended'] as const;
/** The minutes are a draft until every justerare has approved them (MTG27). */
export const MINUTES_STATUSES = ['draft', 'approved'] as const;

/** The top-level maps only a facilitator may change (MTG13): the running state. */
export const RUNNING_STATE_ROOTS = ['run', 'progress'] as const;

/** Every top-level type a meeting may hold content in, each a Y.Map (MTG1). */
export const MEETING_TOP_LEVEL = ['meta', 'attendees', 'agenda', ...RUNNING_STATE_ROOTS, 'decisions', 'minutes'] as const;

/**
 * Every cap on a meeting (MTG8), generous against the real agendas (the seeds' longest has 8
 * items, its longest note some 1 500 characters). Lengths count UTF-16 code units, as a Y.Text's
 * `length` and an input's `maxLength` do.
 */
export const MEETING_LIMITS = {
  /** Agenda items of one meeting. */
  items: 100,
  /** Attendees of one meeting. */
  attendees: 200,
  /** Progress entries: at most the live items, plus those a concurrent removal left behind (MTG14). */
  progress: 200,
  /** An item's notes (Y.Text). */
  notes: 20_000,
  /** The meeting's title, an item's title (Y.Text) and the place. */
  title: 500,
  place: 500,
  /** A presenter's or an attendee's name, and the meeting series (`group`). */
  name: 200,
  group: 200,
  videoLink: 2_000,
  /** An item's planned minutes (1…minutes), and the most one extension adds. */
  minutes: 600,
  /** Boards and cards one item links. */
  boards: 20,
  cards: 50,
  /** Decisions of one meeting, corrections included (MTG22); the seeds' busiest meeting has a dozen. */
  decisions: 300,
  /** A decision's ärende (a plain string), background and text (Y.Text: the att-satser). */
  matter: 500,
  background: 4_000,
  decisionText: 10_000,
  /** Names a decision makes responsible, and the recipients of its extract ("Expedieras till"). */
  responsible: 20,
  sendTo: 20,
  /** Justerare of the minutes (MTG26). */
  adjusters: 4,
} as const;

/** How far from the server's clock a timestamp of the running state may be (MTG17). */
export const MAX_CLOCK_SKEW_MS = 120_000;

export type ItemKind = (typeof ITEM_KINDS)[number];
export type Attendance = (typeof ATTENDANCE)[number];
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

/** What initMeeting and POST /api/meetings take. */
export interface NewMeeting {
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`. */
  startTime?: string;
  place?: string;
  /** An http or https URL. */
  videoLink?: string;
  /** The meeting series, e.g. "HSF ledningsgrupp". */
  group?: string;
}

/** The `meta` map as readers see it. A document not yet a meeting reads as version 0 with empty title and date (MTG3). */
export interface MeetingMeta extends NewMeeting {
  schemaVersion: number;
  kind: typeof MEETING_KIND;
}

/** The meta fields setMeetingField may change; `title` and `date` cannot be cleared. */
export type MeetingField = keyof NewMeeting;
export const MEETING_FIELDS = ['title', 'date', 'startTime', 'place', 'videoLink', 'group'] as const satisfies readonly MeetingField[];

/** A link from an agenda item to one card of a board. */
export interface CardLink {
  board: string;
  card: string;
}

/** A justerare: the account that approves (MTG27) and the name the minutes print. */
export interface Adjuster {
  userId: string;
  name: string;
}
