import { useCallback, useRef, useSyncExternalStore } from 'react';
import { getMilestonesMap } from '../../../shared/doc.ts';
import { readMilestones } from '../../../shared/read/readMilestones.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import { useBoardContext } from '../../state/BoardContext.tsx';

/** The board's milestones sorted by date (MS3); the same array until a milestone changes. */
export function useMilestones(): readonly Milestone[] {
  const { doc } = useBoardContext();
  const cache = useRef<{ doc: unknown; milestones: readonly Milestone[] } | null>(null);
  const subscribe = useCallback(
    (notify: () => void) => {
      const map = getMilestonesMap(doc);
      const onChange = (): void => {
        cache.current = null;
        notify();
      };
      map.observeDeep(onChange);
      return () => map.unobserveDeep(onChange);
    },
    [doc],
  );
  const getSnapshot = (): readonly Milestone[] => {
    if (cache.current?.doc !== doc) cache.current = { doc, milestones: readMilestones(doc) };
    return cache.current.milestones;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
