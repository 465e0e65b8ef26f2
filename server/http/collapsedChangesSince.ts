import { collapseChanges } from '../../shared/changes/collapseChanges.ts';
import type { HistoryStore } from '../storage/HistoryStore.ts';
import { ApiError } from './ApiError.ts';

/** The most history entries one answer collapses (CHS2): a period with more is refused, not cut, since a cut would change first old values. */
export const MAX_CHANGE_ENTRIES = 10_000;

/**
 * The board's history since `since` (a stored time, HIST7) collapsed per card (CHS1), the edits of
 * `excludeUserId` left out; past CHS2's bound 413. What the changes route answers and a filtered
 * export of "Ändrat sedan…" takes its cards from (EXP6).
 */
export async function collapsedChangesSince(history: HistoryStore, boardId: string, since: string, excludeUserId: string | null) {
  const entries = await history.list(boardId, { since, limit: MAX_CHANGE_ENTRIES + 1 });
  if (entries.length > MAX_CHANGE_ENTRIES) throw new ApiError(413, 'too_large', `more than ${MAX_CHANGE_ENTRIES} changes since ${since}: ask for a later time`);
  return collapseChanges(entries, excludeUserId === null ? {} : { excludeUserId });
}
