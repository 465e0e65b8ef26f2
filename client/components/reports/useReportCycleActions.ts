import { useMemo } from 'react';
import { openMonth } from '../../../shared/ops/reportCycle.ts';
import { setReportReady } from '../../../shared/ops/reports.ts';
import { useBoardContext } from '../../state/BoardContext.tsx';

/** The report cycle's writes, bound to this board and this user's origin (tracked by undo). */
export function useReportCycleActions() {
  const { doc, origin } = useBoardContext();
  return useMemo(
    () => ({
      openMonth: (month: string) => openMonth(doc, month, origin),
      markReady: (cardId: string, month: string) => setReportReady(doc, cardId, month, true, origin),
    }),
    [doc, origin],
  );
}
