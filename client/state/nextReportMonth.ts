import { monthAfter, monthOf } from '../../shared/read/reportCycle.ts';
import type { Report } from '../../shared/schema/report.ts';

/**
 * The month an assignment's "add next month" adds: the one after its latest report; without
 * reports, the board's opened month (RC1), else the calendar month of `today`.
 */
export function nextReportMonth(reports: readonly Report[], currentMonth: string | undefined, today: Date): string {
  const latest = reports.at(-1);
  return latest ? monthAfter(latest.month) : (currentMonth ?? monthOf(today));
}
