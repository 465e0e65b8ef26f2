import type { Logger } from '../log.ts';
import { describeChanges } from '../history/describeChanges.ts';
import type { HistoryRecorder } from '../history/HistoryRecorder.ts';
import { authorizeUpdate } from './authorizeUpdate.ts';
import { authorizeMeetingUpdate } from './authorizeMeetingUpdate.ts';
import { documentKind } from '../../shared/validateDocument.ts';
import { MEETING_KIND } from '../../shared/meeting/meetingSchema.ts';
import type { UpdateGate } from '../sync/UpdateGate.ts';
import { APPLY, type UpdateOutcome } from '../sync/UpdateOutcome.ts';
import type { ConnectionAccess } from './ConnectionAccess.ts';
import { principalUserId } from './Principal.ts';

/**
 * The room's gate (UPD rules): the role check (authorizeUpdate) and the history of what was accepted.
 * The history entries are worked out now, while both states exist, and stored only once the
 * room has stored the update (`accepted`); a connection without access (the room's own tests) is
 * trusted and recorded as nobody. A meeting document (its kind before the update, MTS2) is decided
 * by authorizeMeetingUpdate against `now` (MTS3-MTS5) and leaves no history (MTS6): describeChanges
 * knows the cards of a board.
 */
export function createUpdateGate(deps: { history?: HistoryRecorder; logger: Logger; now?: () => Date }): UpdateGate<ConnectionAccess> {
  const now = deps.now ?? (() => new Date());
  return {
    inspect(docId, access, before, after, effect): UpdateOutcome {
      if (documentKind(before) === MEETING_KIND) return access ? authorizeMeetingUpdate(access, effect, before, after, now().getTime()) : APPLY;
      if (access) {
        const decided = authorizeUpdate(access, effect, before, after);
        if (decided.verdict !== 'apply') return decided;
      }
      const { history } = deps;
      if (!history || effect.paths.length === 0) return APPLY;
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
