/** Reason codes for refusing a change to a board document. A closed set, so callers can switch on it. */
export type SchemaErrorCode =
  | 'unknown_field'
  | 'invalid_value'
  | 'unknown_card'
  | 'unknown_column'
  | 'unknown_report'
  | 'column_not_empty'
  | 'invalid_month'
  | 'invalid_board'
  /** A text, list or count past its cap (LIM1, LIM2: shared/schema/limits.ts). */
  | 'over_limit'
  /** The document is not (yet) a meeting (MTG3). */
  | 'invalid_meeting'
  /** No such agenda item, or attendee, in the meeting. */
  | 'unknown_item'
  | 'unknown_attendee'
  /** The operation does not fit the meeting's status: it has ended, or is not running (MTG16). */
  | 'meeting_state';

/** A refused change. `field` names what was wrong so the message can be shown as it is. */
export class SchemaError extends Error {
  constructor(
    readonly code: SchemaErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'SchemaError';
  }
}
