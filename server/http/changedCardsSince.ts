import { z } from 'zod';
import { NO_CHANGES_ASKED, type ChangedSince } from '../../shared/export/cardFilter.ts';
import { principalUserId, type Principal } from '../access/Principal.ts';
import { boardPreviousMeeting } from '../meetings/boardPreviousMeeting.ts';
import type { HistoryStore } from '../storage/HistoryStore.ts';
import type { Storage } from '../storage/Storage.ts';
import type { RoomRegistry } from '../sync/RoomRegistry.ts';
import { ApiError } from './ApiError.ts';
import { collapsedChangesSince } from './collapsedChangesSince.ts';

const isoTime = z.iso.datetime({ offset: true });

/** When the changes count from, as stored times compare (HIST7); undefined when no card can have changed since. */
async function sinceTime(deps: { storage: Storage; registry: RoomRegistry }, boardId: string, since: string): Promise<string | undefined> {
  if (since === NO_CHANGES_ASKED) return undefined;
  if (since === 'previous') return (await boardPreviousMeeting(deps.storage, deps.registry, boardId))?.endedAt;
  if (!isoTime.safeParse(since).success) throw new ApiError(400, 'invalid_body', 'changedSince must be an ISO time, previous or none');
  return new Date(since).toISOString();
}

/**
 * The cards of "Ändrat sedan…" that a filtered export names by what they changed since (EXP6):
 * those GET /api/boards/:id/changes answers for the same question (CHS1, CHS3), the reader's own
 * left out when asked and the reader has an account, less the deleted ones, as the board's filter
 * takes them; past CHS2's bound 413 as that route answers.
 */
export async function changedCardsSince(
  deps: { storage: Storage; registry: RoomRegistry; history: HistoryStore },
  principal: Principal,
  boardId: string,
  changed: ChangedSince,
): Promise<ReadonlySet<string>> {
  const since = await sinceTime(deps, boardId, changed.since);
  if (since === undefined) return new Set();
  const cards = await collapsedChangesSince(deps.history, boardId, since, changed.excludeMine ? principalUserId(principal) : null);
  return new Set(cards.filter((card) => !card.deleted).map((card) => card.cardId));
}
