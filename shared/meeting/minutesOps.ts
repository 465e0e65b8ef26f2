import * as Y from 'yjs';
import { SchemaError } from '../schema/errors.ts';
import { parseField } from '../schema/parseField.ts';
import { getApprovals, getDecisions, getMinutes } from './meetingDoc.ts';
import { approvalTime, meetingId, minutesFields } from './meetingFields.ts';
import { meetingStatus, requireMeeting } from './meetingLookup.ts';
import { requireUnlocked } from './minutesLock.ts';
import { paragraphOrder } from './paragraphs.ts';
import { readAdjusters } from './readMinutes.ts';
import type { Adjuster } from './meetingSchema.ts';

/** The minutes' names setMinutesField may change; '' clears one (MTG26). */
export type MinutesField = 'chair' | 'secretary';

/** Sets the chair or the secretary, or clears one with '' (MTG26). Last writer wins. */
export function setMinutesField(doc: Y.Doc, field: MinutesField, value: string, origin: unknown = null): void {
  requireMeeting(doc);
  if (field !== 'chair' && field !== 'secretary') throw new SchemaError('unknown_field', field, `"${String(field)}" is not a field setMinutesField may change`);
  requireUnlocked(doc);
  const name = parseField(minutesFields, field, value).trim();
  const minutes = getMinutes(doc);
  doc.transact(() => {
    if (name === '') minutes.delete(field);
    else minutes.set(field, name);
  }, origin);
}

/**
 * Names the justerare (MTG26), at most four, each account once. The approvals map is made with the
 * first call, before anyone can approve, so no approval ever has to make it (two would, and one be
 * lost: TXT1's rule). Approvals of accounts no longer named are dropped in the same transaction.
 */
export function setAdjusters(doc: Y.Doc, adjusters: readonly Adjuster[], origin: unknown = null): void {
  requireMeeting(doc);
  requireUnlocked(doc);
  const list = parseField(minutesFields, 'adjusters', adjusters);
  const minutes = getMinutes(doc);
  const kept = new Set(list.map((a) => a.userId));
  doc.transact(() => {
    minutes.set('adjusters', list);
    const approvals = getApprovals(doc);
    if (!approvals) minutes.set('approvals', new Y.Map());
    else for (const userId of [...approvals.keys()]) if (!kept.has(userId)) approvals.delete(userId);
  }, origin);
}

/**
 * Records justerare `userId`'s approval at `at` (an ISO time, the server's) (MTG27); when with it
 * every justerare has approved, the status becomes 'approved' in the same transaction and the
 * minutes are locked (MTG28). Only a named justerare approves, once, in an ended meeting whose
 * decisions are all numbered: what is approved is the minutes as they will stay.
 */
export function approve(doc: Y.Doc, userId: string, at: string, origin: unknown = null): void {
  requireMeeting(doc);
  requireUnlocked(doc);
  parseField({ userId: meetingId }, 'userId', userId);
  const time = parseField({ at: approvalTime }, 'at', at);
  const adjusters = readAdjusters(doc);
  if (!adjusters.some((a) => a.userId === userId)) throw new SchemaError('invalid_value', 'userId', 'only a named justerare approves the minutes');
  if (meetingStatus(doc) !== 'ended') throw new SchemaError('meeting_state', 'status', 'the minutes are approved after the meeting has ended');
  const decisions = getDecisions(doc);
  if (paragraphOrder(doc).some((id) => !decisions.get(id)!.has('paragraph'))) throw new SchemaError('meeting_state', 'paragraph', 'every decision is numbered before the minutes are approved');
  const approvals = getApprovals(doc);
  if (!approvals) throw new SchemaError('invalid_meeting', 'approvals', 'the minutes have no approvals map');
  if (approvals.has(userId)) throw new SchemaError('meeting_state', 'userId', 'this justerare has already approved');
  const complete = adjusters.every((a) => a.userId === userId || approvals.has(a.userId));
  doc.transact(() => {
    approvals.set(userId, time);
    if (complete) getMinutes(doc).set('status', 'approved');
  }, origin);
}
