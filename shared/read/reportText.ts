import * as Y from 'yjs';
import { getCardsMap } from '../doc.ts';
import type { ReportTextField } from '../schema/report.ts';

/**
 * The live Y.Text of one prose part of a card's monthly report, for editor bindings in client
 * hooks only, as `cardText` is for a card's own prose: every other reader takes snapshots
 * (`readReports`). Undefined when the card, the month or the text does not exist (RPT1, RPT2).
 */
export function reportText(doc: Y.Doc, cardId: string, month: string, field: ReportTextField): Y.Text | undefined {
  const reports = getCardsMap(doc).get(cardId)?.get('reports');
  const report = reports instanceof Y.Map ? reports.get(month) : undefined;
  const text = report instanceof Y.Map ? report.get(field) : undefined;
  return text instanceof Y.Text ? text : undefined;
}
