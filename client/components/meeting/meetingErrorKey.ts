import { SchemaError } from '../../../shared/schema/errors.ts';

/** The refusals a meeting operation gives, each said in words. */
const MEETING_ERRORS = ['invalid_value', 'over_limit', 'unknown_item', 'unknown_attendee', 'meeting_state', 'invalid_meeting'] as const;
type MeetingErrorReason = (typeof MEETING_ERRORS)[number] | 'unexpected';

/**
 * The catalogue key that says why a change to the meeting did not go through. A refusal's other
 * codes read as a value not taken; anything that is no refusal (a bug, a failing browser API) as
 * an unexpected error, never its own message, which is English and says nothing to the room.
 */
export function meetingErrorKey(cause: unknown): `meeting.errors.${MeetingErrorReason}` {
  if (!(cause instanceof SchemaError)) return 'meeting.errors.unexpected';
  return (MEETING_ERRORS as readonly string[]).includes(cause.code) ? `meeting.errors.${cause.code as (typeof MEETING_ERRORS)[number]}` : 'meeting.errors.invalid_value';
}
