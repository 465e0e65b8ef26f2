import type * as Y from 'yjs';
import type { BoardRole } from '../storage/roleNames.ts';
import type { UpdateEffect } from './UpdateEffect.ts';
import { APPLY, type UpdateOutcome } from './UpdateOutcome.ts';

/**
 * What the sync layer knows of who is behind a connection (AUTH9): enough to tell whose client ids
 * it writes under (CID1) and what presence says of it (PRS2). server/access/ConnectionAccess.ts is
 * the full answer and satisfies this shape; rooms and registries carry it through as their type
 * parameter, so sync/ never imports access/ (the server's layer rule).
 */
export interface SyncAccess {
  principal: { kind: 'user'; user: { id: string } } | { kind: 'share'; shareId: string };
  displayName: string;
  role: BoardRole;
}

/**
 * What a room asks before it applies a client's update: run on the scratch copy, before and after
 * the update; never asked about an update that waits (UPD6). server/access/createUpdateGate.ts
 * implements it (the role check and the history).
 */
export interface UpdateGate<A extends SyncAccess = SyncAccess> {
  inspect(docId: string, access: A | undefined, before: Y.Doc, after: Y.Doc, effect: UpdateEffect): UpdateOutcome;
}

/** The gate of a room that checks nothing: every update the schema allows is applied, and no history is kept. */
export const OPEN_GATE: UpdateGate<never> = { inspect: () => APPLY };
