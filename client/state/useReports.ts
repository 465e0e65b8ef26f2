import { useMemo } from 'react';
import { readReports } from '../../shared/read/readReports.ts';
import type { Report } from '../../shared/schema/report.ts';
import { useBoardContext } from './BoardContext.tsx';
import { useCardRevision } from './useCardRevision.ts';

const NONE: readonly Report[] = Object.freeze([]);

/**
 * An assignment card's monthly reports, ascending by month (RPT1, RC6); re-read when anything
 * under the card changes, a peer's edit included. [] when no card is given.
 */
export function useReports(cardId: string | undefined): readonly Report[] {
  const { doc } = useBoardContext();
  const revision = useCardRevision(cardId);
  return useMemo(() => (cardId === undefined ? NONE : readReports(doc, cardId)), [doc, cardId, revision]);
}
