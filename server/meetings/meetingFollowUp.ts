import { approvalUnsettled, settleApproval } from '../../shared/meeting/settleApproval.ts';
import { meetingStatus } from '../../shared/meeting/meetingLookup.ts';
import { MEETING_KIND } from '../../shared/meeting/meetingSchema.ts';
import { documentKind } from '../../shared/validateDocument.ts';
import type { Storage } from '../storage/Storage.ts';
import type { FollowUp, ServerWrite } from '../sync/ServerWrite.ts';
import { numberingWrite } from './numberingWrite.ts';

/** MTS19: the status the last approvals imply, written by the server. */
const settleApprovalWrite: ServerWrite<boolean> = async (doc, origin) => ({ result: settleApproval(doc, origin) });

/**
 * What the server writes into a meeting after a client's update is stored: the paragraph numbers
 * when the update ended the meeting (MTS18), or the approved status when it completed the approvals
 * without writing it (MTS19). Boards get nothing.
 */
export function meetingFollowUp(storage: Storage): FollowUp {
  return (docId, before, after) => {
    if (documentKind(before) !== MEETING_KIND) return undefined;
    if (meetingStatus(before) !== 'ended' && meetingStatus(after) === 'ended') return numberingWrite(storage, docId);
    return approvalUnsettled(after) ? settleApprovalWrite : undefined;
  };
}
