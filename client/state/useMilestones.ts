import { useSyncExternalStore } from 'react';
import type { Milestone } from '../../shared/schema/milestone.ts';
import { useBoardContext } from './BoardContext.tsx';

/** The board's milestones sorted by date (MS3); the same array until a milestone changes. */
export function useMilestones(): readonly Milestone[] {
  const { store } = useBoardContext();
  return useSyncExternalStore(store.subscribe, store.getMilestones);
}
