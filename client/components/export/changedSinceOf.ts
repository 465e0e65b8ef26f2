import type { ChangedSince } from '../../../shared/export/cardFilter.ts';
import type { BoardChanges } from '../../changes/useBoardChanges.ts';

/** What the board's "Ändrat sedan…" asks, as an export's or the print view's URL carries it (EXP6, PRT4); undefined outside a change view or before a time is chosen. */
export function changedSinceOf(changes: BoardChanges | undefined): ChangedSince | undefined {
  const since = changes?.since;
  if (!since) return undefined;
  return { since: since.kind === 'previous' ? 'previous' : since.since, excludeMine: changes.choice.excludeMine };
}
