import type * as Y from 'yjs';
import { inspectUpdate } from './inspectUpdate.ts';
import type { UpdateEffect } from './UpdateEffect.ts';
import { APPLY, WAIT, type UpdateOutcome } from './UpdateOutcome.ts';

/**
 * What happens to a client's update (SRV4, BAD5, UPD): throws a ProtocolError('invalid_update') for
 * bytes that do not decode, do not apply or would break the schema (inspectUpdate.ts); waits when
 * part of it builds on changes the server has not got (UPD6), without asking `decide`; otherwise
 * `decide` (the gate: role, limits, history) answers from the update's effect on the scratch copy,
 * and without one the update is applied.
 */
export function checkUpdate(doc: Y.Doc, update: Uint8Array, decide?: (scratch: Y.Doc, effect: UpdateEffect) => UpdateOutcome): UpdateOutcome {
  return inspectUpdate(doc, update, (scratch, effect) => (effect.pending ? WAIT : (decide?.(scratch, effect) ?? APPLY)));
}
