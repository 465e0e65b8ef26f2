import * as Y from 'yjs';
import { SchemaError } from '../schema/errors.ts';
import { parseField } from '../schema/parseField.ts';
import { REPORT_TEXT_FIELDS, reportFields, type ReportTextField } from '../schema/report.ts';
import { isoMonth } from '../schema/values.ts';
import { requireCard, requireKind } from './lookup.ts';
import { checkTextEdit, replaceText } from './textEdits.ts';
import { requireRoom } from './requireRoom.ts';
import { MAX_REPORTS_PER_CARD } from '../schema/limits.ts';

const isReportTextField = (field: string): field is ReportTextField => (REPORT_TEXT_FIELDS as readonly string[]).includes(field);

/** A reporting month `YYYY-MM`; refuses anything else with 'invalid_month'. */
function parseMonth(month: string): string {
  if (!isoMonth.safeParse(month).success) throw new SchemaError('invalid_month', 'month', `invalid month "${month}": expected YYYY-MM`);
  return month;
}

/** The card's reports map; refuses cards that cannot have reports (RPT1). */
function reportsOf(doc: Y.Doc, cardId: string): { card: Y.Map<unknown>; reports: Y.Map<Y.Map<unknown>> | undefined } {
  if (requireKind(doc) !== 'assignments') throw new SchemaError('unknown_field', 'reports', 'only assignment cards have monthly reports');
  const card = requireCard(doc, cardId);
  const reports = card.get('reports');
  return { card, reports: reports instanceof Y.Map ? (reports as Y.Map<Y.Map<unknown>>) : undefined };
}

/** The report of one month; refuses a malformed or absent month. */
function requireReport(doc: Y.Doc, cardId: string, month: string): Y.Map<unknown> {
  parseMonth(month);
  const report = reportsOf(doc, cardId).reports?.get(month);
  if (!report) throw new SchemaError('unknown_report', 'month', `card "${cardId}" has no report for ${month}`);
  return report;
}

/** The report's Y.Text for one prose part; refuses unknown parts. */
function requireReportText(report: Y.Map<unknown>, field: string): Y.Text {
  if (!isReportTextField(field)) throw new SchemaError('unknown_field', field, `unknown report field "${field}"`);
  const text = report.get(field);
  if (!(text instanceof Y.Text)) throw new SchemaError('invalid_value', field, `report field "${field}" is not text`);
  return text;
}

/**
 * Adds a card's report for `month` (`YYYY-MM`) with every prose part made up front, not ready (RPT2).
 * Refuses a month that already has a report: adding twice would replace the first one's text.
 */
export function addReport(
  doc: Y.Doc,
  cardId: string,
  month: string,
  texts: Partial<Record<ReportTextField, string>> = {},
  origin: unknown = null,
): void {
  const { card, reports } = reportsOf(doc, cardId);
  const parsedMonth = parseMonth(month);
  if (reports?.has(parsedMonth)) throw new SchemaError('invalid_value', 'month', `card "${cardId}" already has a report for ${month}`);
  requireRoom(reports?.size ?? 0, MAX_REPORTS_PER_CARD, 'reports');
  for (const [field, text] of Object.entries(texts)) {
    if (!isReportTextField(field)) throw new SchemaError('unknown_field', field, `unknown report field "${field}"`);
    if (typeof text !== 'string') throw new SchemaError('invalid_value', field, `"${field}" must be a string`);
  }
  doc.transact(() => {
    let target = reports;
    if (!target) {
      // A card written before reports existed: made here, two peers could make two maps and one wins (RPT3).
      target = new Y.Map<Y.Map<unknown>>();
      card.set('reports', target);
    }
    const report = new Y.Map<unknown>();
    target.set(parsedMonth, report);
    for (const field of REPORT_TEXT_FIELDS) report.set(field, new Y.Text(texts[field] ?? ''));
    report.set('ready', false);
  }, origin);
}

/** Deletes and inserts in one prose part of a monthly report (RPT2). */
export function editReportText(
  doc: Y.Doc,
  cardId: string,
  month: string,
  field: ReportTextField,
  index: number,
  deleteCount: number,
  insert: string,
  origin: unknown = null,
): void {
  const text = requireReportText(requireReport(doc, cardId, month), field);
  checkTextEdit(text.length, index, deleteCount, insert);
  doc.transact(() => {
    if (deleteCount > 0) text.delete(index, deleteCount);
    if (insert.length > 0) text.insert(index, insert);
  }, origin);
}

/** Replaces one prose part of a monthly report, touching only the changed middle (RPT2, TXT2). */
export function setReportText(doc: Y.Doc, cardId: string, month: string, field: ReportTextField, value: string, origin: unknown = null): void {
  const text = requireReportText(requireReport(doc, cardId, month), field);
  if (typeof value !== 'string') throw new SchemaError('invalid_value', field, `"${field}" must be a string`);
  doc.transact(() => replaceText(text, value), origin);
}

/** Marks a monthly report ready (or not) for the council (RPT2). */
export function setReportReady(doc: Y.Doc, cardId: string, month: string, ready: boolean, origin: unknown = null): void {
  const report = requireReport(doc, cardId, month);
  const parsed = parseField(reportFields, 'ready', ready);
  doc.transact(() => report.set('ready', parsed), origin);
}
