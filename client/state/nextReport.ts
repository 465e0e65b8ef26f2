import { monthAfter, monthOf } from '../../shared/read/reportCycle.ts';
import type { Report, ReportTextField } from '../../shared/schema/report.ts';

/**
 * The month "add next month" adds, and the texts it starts with. After the latest report it is
 * the following month, prefilled from it: what was planned for next month becomes what was done
 * last month (to be corrected), and comments and risks carry over; the new plan starts empty.
 * Without reports it is the current month, empty.
 */
export function nextReport(reports: readonly Report[], today: Date): { month: string; texts: Partial<Record<ReportTextField, string>> } {
  const latest = reports.at(-1);
  if (!latest) return { month: monthOf(today), texts: {} };
  return { month: monthAfter(latest.month), texts: { lastMonth: latest.nextMonth, comments: latest.comments, risks: latest.risks } };
}
