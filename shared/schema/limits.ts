/**
 * Every cap on what a board document may hold (LIM1-LIM3, shared/SPEC.md). Each is generous
 * against the real material (the seed documents), so an honest board never meets it, and small
 * enough that one writer cannot make a board too heavy to load, store or send: the room's byte cap
 * (8 MB) bounds the whole document, these bound each part. Lengths count UTF-16 code units, as a
 * JS string's `length`, a Y.Text's `length` and an input's `maxLength` do.
 */

/** Card titles (Y.Text) and every one-line text (board, column and milestone titles, unit, "Riktat till"): the seeds' longest card title is 379. */
export const MAX_LINE_LENGTH = 500;
/** A card's prose (`comment`, `analysis`): the seeds' longest is 1 606. */
export const MAX_PROSE_LENGTH = 10_000;
/** Each text of a monthly report (`lastMonth`, `nextMonth`, `comments`, `risks`): the seeds' longest is 660. */
export const MAX_REPORT_TEXT_LENGTH = 4_000;
/** Names in a `responsible` list (the seeds' longest list has 3), and the length of one name (25). */
export const MAX_NAMES = 50;
export const MAX_NAME_LENGTH = 120;

/** Cards of one board, archived included: the seeds' largest board has 17. */
export const MAX_CARDS = 2_000;
/** Columns of one board: the seeds have at most 4, a process rarely more than ten stages. */
export const MAX_COLUMNS = 100;
/** Milestones of one board's timeline: the seeds' has 12. */
export const MAX_MILESTONES = 500;
/** Monthly reports of one assignment: ten years of months (the seeds have 2). */
export const MAX_REPORTS_PER_CARD = 120;

/** The cap of a card's prose field: its title is one line, its other texts prose (LIM1). */
export const cardTextCap = (field: string): number => (field === 'title' ? MAX_LINE_LENGTH : MAX_PROSE_LENGTH);
