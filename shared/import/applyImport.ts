import type * as Y from 'yjs';
import { addColumn } from '../ops/columns.ts';
import { createCard, moveCard, setCardText, updateCardField } from '../ops/cards.ts';
import { addReport, setReportReady, setReportText } from '../ops/reports.ts';
import type { ReportTextField } from '../schema/report.ts';
import type { ImportPlan } from './planImport.ts';
import type { ReportWrite } from './planReports.ts';

/**
 * Writes a plan's columns, cards and monthly reports in one transaction (IMP5): one update, whose
 * history is one set of entries per card. Every value was judged by the schemas when the plan was
 * made and the operations judge them again; a write they refuse throws midway, so the caller writes
 * on a copy it discards then (the server's writes are drafted on a copy, MTS17). A report of a new
 * card goes to the card its `newCard` write created. Answers the ids of the new cards, in order.
 */
export function applyImport(doc: Y.Doc, plan: Pick<ImportPlan, 'writes' | 'newColumns'> & { reports?: readonly ReportWrite[] }, origin: unknown = null): string[] {
  const created: string[] = [];
  doc.transact(() => {
    const added = new Map(plan.newColumns.map((title) => [title.toLocaleLowerCase('sv'), addColumn(doc, { title }, origin)]));
    const columnOf = (write: ImportPlan['writes'][number]) =>
      write.newColumn === undefined ? write.column : added.get(write.newColumn.trim().toLocaleLowerCase('sv'));
    const ids = plan.writes.map((write) => {
      const column = columnOf(write);
      if (write.cardId === undefined) {
        const { title = '', ...texts } = write.texts;
        const id = createCard(doc, { column: column!, title, fields: write.fields, texts }, origin);
        created.push(id);
        return id;
      }
      for (const [field, value] of Object.entries(write.fields)) updateCardField(doc, write.cardId, field, value, origin);
      for (const [field, text] of Object.entries(write.texts)) setCardText(doc, write.cardId, field, text, origin);
      if (column !== undefined) moveCard(doc, write.cardId, column, undefined, origin);
      return write.cardId;
    });
    for (const report of plan.reports ?? []) {
      const cardId = report.cardId ?? ids[report.newCard!]!;
      if (!report.exists) addReport(doc, cardId, report.month, report.texts, origin);
      else for (const [field, text] of Object.entries(report.texts)) setReportText(doc, cardId, report.month, field as ReportTextField, text, origin);
      if (report.ready !== undefined) setReportReady(doc, cardId, report.month, report.ready, origin);
    }
  }, origin);
  return created;
}
