import type * as Y from 'yjs';
import type { Logger } from '../log.ts';
import { describeChanges } from '../history/describeChanges.ts';
import type { HistoryRecorder } from '../history/HistoryRecorder.ts';
import { authorizeUpdate, type RefusalReason } from './authorizeUpdate.ts';
import type { ConnectionAccess } from './ConnectionAccess.ts';
import { principalUserId } from './Principal.ts';
import type { UpdateEffect } from './UpdateEffect.ts';

/** The gate's answer for one update: refuse it, ignore it (it changes nothing), or apply it and then run `accepted`. */
export type GateResult =
  | { verdict: 'refuse'; reason: RefusalReason; detail: string }
  | { verdict: 'ignore' }
  | { verdict: 'apply'; accepted?: () => Promise<void> };

/** What a room asks before it applies a client's update: run on the scratch copy, before and after the update. */
export interface UpdateGate {
  inspect(docId: string, access: ConnectionAccess | undefined, before: Y.Doc, after: Y.Doc, effect: UpdateEffect): GateResult;
}

/**
 * The room's gate (UPD rules): the role check (authorizeUpdate) and the history of what was accepted.
 * The history entries are worked out now, while both states exist, and stored only once the
 * room has stored the update (`accepted`); a connection without access (the room's own tests) is
 * trusted and recorded as nobody.
 */
export function createUpdateGate(deps: { history?: HistoryRecorder; logger: Logger; now?: () => Date }): UpdateGate {
  const now = deps.now ?? (() => new Date());
  return {
    inspect(docId, access, before, after, effect) {
      if (access) {
        const decided = authorizeUpdate(access, effect, before, after);
        if (decided.verdict !== 'apply') return decided;
      }
      const { history } = deps;
      if (!history || effect.paths.length === 0) return { verdict: 'apply' };
      const author = { boardId: docId, at: now().toISOString(), userId: access ? principalUserId(access.principal) : null, actor: access?.displayName ?? '' };
      const entries = describeChanges(author, effect, before, after);
      return {
        verdict: 'apply',
        accepted: async () => {
          try {
            await history.record(entries);
          } catch (error) {
            // The update itself is stored; a lost history line must not fail the room.
            deps.logger.log('error', { event: 'history_failed', docId, detail: String(error) });
          }
        },
      };
    },
  };
}
