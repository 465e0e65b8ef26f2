import { useMemo } from 'react';
import { readReports } from '../../shared/read/readReports.ts';
import type { Report } from '../../shared/schema/report.ts';
import { useBoardContext } from './BoardContext.tsx';
import { useCardRevision } from './useCardRevision.ts';

/** An assignment card's monthly reports, ascending by month; re-read when anything under the card changes. */
export function useReports(cardId: string): readonly Report[] {
  const { doc } = useBoardContext();
  const revision = useCardRevision(cardId);
  return useMemo(() => readReports(doc, cardId), [doc, cardId, revision]);
}
