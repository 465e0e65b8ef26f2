import type * as Y from 'yjs';
import { isValidId } from '../ids.ts';
import { getApprovals, getMinutes } from './meetingDoc.ts';
import type { Adjuster, MinutesStatus } from './meetingSchema.ts';

/** The minutes as plain data (MTG26, MTG27). */
export interface MinutesSnapshot {
  /** 'approved' once every justerare has approved, even before the status is written (MTG27). */
  status: MinutesStatus;
  chair?: string;
  secretary?: string;
  adjusters: readonly Adjuster[];
  /** Per justerare's userId, the ISO time of the approval; approvals of others are left out. */
  approvals: Readonly<Record<string, string>>;
}

const isAdjuster = (value: unknown): value is Adjuster =>
  typeof value === 'object' && value !== null && typeof (value as Adjuster).userId === 'string' && typeof (value as Adjuster).name === 'string';

/** The named justerare, in the order the minutes print them; values that do not read are left out. */
export function readAdjusters(doc: Y.Doc): Adjuster[] {
  const value: unknown = getMinutes(doc).get('adjusters');
  return Array.isArray(value) ? value.filter(isAdjuster).map(({ userId, name }) => ({ userId, name })) : [];
}

/** Reads the minutes; never throws, whatever the document holds (MTG12). */
export function readMinutes(doc: Y.Doc): MinutesSnapshot {
  const minutes = getMinutes(doc);
  const adjusters = readAdjusters(doc);
  const approvals: Record<string, string> = {};
  const approvalMap = getApprovals(doc);
  for (const { userId } of adjusters) {
    const at: unknown = approvalMap?.get(userId);
    if (isValidId(userId) && typeof at === 'string') approvals[userId] = at;
  }
  const stored: unknown = minutes.get('status');
  const allApproved = adjusters.length > 0 && adjusters.every((a) => Object.hasOwn(approvals, a.userId));
  // The last two justerare approving at once in two browsers: neither saw the other's approval, so
  // neither wrote the status, yet the merged minutes are approved (MTG27).
  const status: MinutesStatus = stored === 'approved' || allApproved ? 'approved' : 'draft';
  const snapshot: MinutesSnapshot = { status, adjusters: Object.freeze(adjusters), approvals };
  for (const field of ['chair', 'secretary'] as const) {
    const value: unknown = minutes.get(field);
    if (typeof value === 'string' && value !== '') snapshot[field] = value;
  }
  return snapshot;
}
