import { useEffect, useState } from 'react';
import { NO_CHANGES_ASKED, type ChangedSince } from '../../../shared/export/cardFilter.ts';
import { changedCardIds } from '../../changes/ChangesContext.tsx';
import { changesApi, type ChangesApi } from '../../changes/changesApi.ts';

/** Where the print view's changed cards stand: asked, answered with their ids, or refused. */
export type ChangedCards = { state: 'loading' } | { state: 'ready'; ids: ReadonlySet<string> } | { state: 'failed' };

const NONE: ChangedCards = { state: 'ready', ids: new Set() };

/**
 * The cards a printed filter's "Ändrat sedan…" shows (PRT4): asked of GET /api/boards/:id/changes
 * with the question the URL carries (filterQuery's changedSince), as the board asked it; undefined
 * when the URL's filter has none.
 */
export function useChangedCards(boardId: string, changed: ChangedSince | undefined, api: Pick<ChangesApi, 'changes'> = changesApi): ChangedCards | undefined {
  const [answer, setAnswer] = useState<{ asked: ChangedSince; cards: ChangedCards } | undefined>(undefined);
  useEffect(() => {
    if (!changed || changed.since === NO_CHANGES_ASKED) return;
    let current = true;
    const since = changed.since === 'previous' ? ({ kind: 'previous' } as const) : ({ kind: 'time', since: changed.since } as const);
    api.changes(boardId, since, changed.excludeMine).then(
      (answered) => current && setAnswer({ asked: changed, cards: { state: 'ready', ids: changedCardIds(answered.cards) } }),
      () => current && setAnswer({ asked: changed, cards: { state: 'failed' } }),
    );
    return () => void (current = false);
  }, [api, boardId, changed]);
  if (!changed) return undefined;
  if (changed.since === NO_CHANGES_ASKED) return NONE;
  return answer?.asked === changed ? answer.cards : { state: 'loading' };
}
