import type * as Y from 'yjs';
import { getMinutes } from './meetingDoc.ts';
import { requireMeeting } from './meetingLookup.ts';
import { readMinutes } from './readMinutes.ts';

/**
 * True when every named justerare has approved but `minutes.status` is not yet written (MTG27):
 * the last two approving at once in two browsers each wrote only their own approval.
 */
export const approvalUnsettled = (doc: Y.Doc): boolean => getMinutes(doc).get('status') !== 'approved' && readMinutes(doc).status === 'approved';

/**
 * Writes `minutes.status` 'approved' when approvalUnsettled, in one transaction of `origin`, and
 * answers whether it wrote: what the server does after an update completes the approvals (MTS19).
 */
export function settleApproval(doc: Y.Doc, origin: unknown = null): boolean {
  requireMeeting(doc);
  if (!approvalUnsettled(doc)) return false;
  doc.transact(() => getMinutes(doc).set('status', 'approved'), origin);
  return true;
}
