import { readReportCycle, type ReportCycle } from '../../../shared/read/reportCycle.ts';
import { readReports } from '../../../shared/read/readReports.ts';
import type { Report } from '../../../shared/schema/report.ts';
import { useDocValue } from './useDocValue.ts';

const NO_CYCLE: ReportCycle = { opened: false, assignments: [], notReported: [] };

/** The board's report cycle (RC1, RC2, RC5): current month and who has not reported, live. */
export function useReportCycle(): ReportCycle {
  return useDocValue((doc, store) => {
    const board = store.getBoard();
    return board ? readReportCycle(doc, board) : NO_CYCLE;
  }, []);
}

/** One assignment's reports, ascending by month (RC6), live; [] when none is chosen. */
export function useReportHistory(cardId: string | undefined): readonly Report[] {
  return useDocValue((doc) => (cardId ? readReports(doc, cardId) : []), [cardId]);
}
