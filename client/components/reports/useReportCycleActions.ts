import { useEffect, useMemo } from 'react';
import { keepReportText } from '../../../shared/ops/keepReportText.ts';
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

/**
 * Keeps this user's typing in a report that loses a concurrent opening of its month (RC4)
 * for as long as the component is mounted; one guard per document however many mount it.
 */
export function useKeepReportText(): void {
  const { doc, origin } = useBoardContext();
  useEffect(() => keepReportText(doc, origin), [doc, origin]);
}
