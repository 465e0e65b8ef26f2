import * as Y from 'yjs';
import { getCardsMap } from '../doc.ts';
import type { Report } from '../schema/report.ts';

const textOf = (report: Y.Map<unknown>, field: string): string => {
  const text = report.get(field);
  return text instanceof Y.Text ? text.toString() : '';
};

/** A card's monthly reports as plain snapshots, ascending by month; [] for unknown cards or cards without reports. */
export function readReports(doc: Y.Doc, cardId: string): Report[] {
  const reports = getCardsMap(doc).get(cardId)?.get('reports');
  if (!(reports instanceof Y.Map)) return [];
  const result: Report[] = [];
  (reports as Y.Map<unknown>).forEach((report, month) => {
    if (!(report instanceof Y.Map)) return;
    result.push({
      month,
      lastMonth: textOf(report, 'lastMonth'),
      nextMonth: textOf(report, 'nextMonth'),
      comments: textOf(report, 'comments'),
      risks: textOf(report, 'risks'),
      ready: report.get('ready') === true,
    });
  });
  return result.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}
