import type * as Y from 'yjs';
import type { BoardRole } from '../storage/roleNames.ts';
import type { UpdateEffect } from './UpdateEffect.ts';

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
 * Why an update was refused: a viewer wrote at all, a unit chief wrote outside their cards, a
 * client holds more waiting for changes the server does not have than it may (UPD6, the room's
 * call), or the update would take a text, a list or the board past its cap (LIM3).
 */
export type RefusalReason = 'read_only' | 'out_of_scope' | 'out_of_date' | 'over_limit';

/** The gate's answer for one update: refuse it, ignore it (it changes nothing), or apply it and then run `accepted`. */
export type GateResult =
  | { verdict: 'refuse'; reason: RefusalReason; detail: string }
  | { verdict: 'ignore' }
  | { verdict: 'apply'; accepted?: () => Promise<void> };

/**
 * What a room asks before it applies a client's update: run on the scratch copy, before and after
 * the update. server/access/createUpdateGate.ts implements it (the role check and the history).
 */
export interface UpdateGate<A extends SyncAccess = SyncAccess> {
  inspect(docId: string, access: A | undefined, before: Y.Doc, after: Y.Doc, effect: UpdateEffect): GateResult;
}

/** The gate of a room that checks nothing: every update the schema allows is applied, and no history is kept. */
export const OPEN_GATE: UpdateGate<never> = { inspect: () => ({ verdict: 'apply' }) };
