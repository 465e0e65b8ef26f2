import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCard } from '../../shared/ops/cards.ts';
import { addReport, editReportText, setReportReady, setReportText } from '../../shared/ops/reports.ts';
import { readReports } from '../../shared/read/readReports.ts';
import { reportText } from '../../shared/read/reportText.ts';
import { readCard } from '../../shared/read/readCard.ts';
import type { ReportTextField } from '../../shared/schema/report.ts';
import { makeBase, makeDoc } from './helpers/boards.ts';
import { expectConverged } from './helpers/compare.ts';
import { expectRefused } from './helpers/refused.ts';
import { mergeConcurrent } from './helpers/sync.ts';

const setup = (d: Parameters<typeof createCard>[0]) => createCard(d, { id: 'a', column: 'c1', title: 'Uppdrag' });
const assignment = () => makeDoc({ kind: 'assignments', setup });

describe('addReport', () => {
  it('[RPT2] adds a month with all four texts, not ready; reports read in month order', () => {
    const doc = assignment();
    addReport(doc, 'a', '2025-03', { risks: 'Bemanning' });
    addReport(doc, 'a', '2025-01');
    expect(readReports(doc, 'a')).toEqual([
      { month: '2025-01', lastMonth: '', nextMonth: '', comments: '', risks: '', ready: false },
      { month: '2025-03', lastMonth: '', nextMonth: '', comments: '', risks: 'Bemanning', ready: false },
    ]);
    expect(readCard(doc, 'a')!.reportMonths).toEqual(['2025-01', '2025-03']);
  });

  it('[RPT1] refuses bad months, a month twice, unknown parts, unknown cards and other kinds of board', () => {
    const doc = assignment();
    addReport(doc, 'a', '2025-01');
    expectRefused(doc, () => addReport(doc, 'a', '2025-13'), 'invalid_month', 'month');
    expectRefused(doc, () => addReport(doc, 'a', '2025-1'), 'invalid_month', 'month');
    expectRefused(doc, () => addReport(doc, 'a', '2025-01'), 'invalid_value', 'month');
    expectRefused(doc, () => addReport(doc, 'a', '2025-02', { summary: 'x' } as Partial<Record<ReportTextField, string>>), 'unknown_field', 'summary');
    expectRefused(doc, () => addReport(doc, 'nope', '2025-02'), 'unknown_card', 'cardId');
    const measures = makeDoc({ setup });
    expectRefused(measures, () => addReport(measures, 'a', '2025-02'), 'unknown_field', 'reports');
  });

  it('[RPT3] concurrent reports for different months are all kept', () => {
    const base = makeBase({ kind: 'assignments', setup });
    const docs = mergeConcurrent(base, [(d) => addReport(d, 'a', '2025-01'), (d) => addReport(d, 'a', '2025-02'), (d) => addReport(d, 'a', '2025-03')]);
    expectConverged(docs);
    expect(readReports(docs[0]!, 'a').map((r) => r.month)).toEqual(['2025-01', '2025-02', '2025-03']);
  });

  it('[RPT3] concurrent reports for the same month: one wins, the same everywhere', () => {
    const base = makeBase({ kind: 'assignments', setup });
    const docs = mergeConcurrent(base, [(d) => addReport(d, 'a', '2025-01', { risks: 'A' }), (d) => addReport(d, 'a', '2025-01', { risks: 'B' })]);
    expectConverged(docs);
    expect(readReports(docs[0]!, 'a')).toHaveLength(1);
  });
});

describe('editReportText, setReportText and setReportReady', () => {
  const withReport = () => makeDoc({ kind: 'assignments', setup: (d) => (setup(d), addReport(d, 'a', '2025-01', { comments: 'Bra' })) });

  it('[RPT2] edits a report text and marks it ready', () => {
    const doc = withReport();
    editReportText(doc, 'a', '2025-01', 'comments', 3, 0, ' läge');
    setReportText(doc, 'a', '2025-01', 'nextMonth', 'Beslut i HSN');
    setReportReady(doc, 'a', '2025-01', true);
    expect(readReports(doc, 'a')[0]).toMatchObject({ comments: 'Bra läge', nextMonth: 'Beslut i HSN', ready: true });
  });

  it('[RPT2] refuses unknown months, parts and edits outside the text', () => {
    const doc = withReport();
    expectRefused(doc, () => editReportText(doc, 'a', '2025-02', 'comments', 0, 0, 'x'), 'unknown_report', 'month');
    expectRefused(doc, () => editReportText(doc, 'a', '2025-01', 'summary' as ReportTextField, 0, 0, 'x'), 'unknown_field', 'summary');
    expectRefused(doc, () => editReportText(doc, 'a', '2025-01', 'comments', 4, 0, 'x'), 'invalid_value', 'index');
    expectRefused(doc, () => setReportReady(doc, 'a', '2025-01', 'yes' as unknown as boolean), 'invalid_value', 'ready');
    expectRefused(doc, () => setReportReady(doc, 'a', 'jan', true), 'invalid_month', 'month');
  });

  it('[RPT2] concurrent typing in one report keeps both texts', () => {
    const base = makeBase({ kind: 'assignments', setup: (d) => (setup(d), addReport(d, 'a', '2025-01')) });
    const docs = mergeConcurrent(base, [
      (d) => editReportText(d, 'a', '2025-01', 'risks', 0, 0, 'Ekonomi'),
      (d) => editReportText(d, 'a', '2025-01', 'risks', 0, 0, 'Personal'),
      (d) => setReportReady(d, 'a', '2025-01', true),
    ]);
    expectConverged(docs);
    const report = readReports(docs[0]!, 'a')[0]!;
    expect(report.risks).toContain('Ekonomi');
    expect(report.risks).toContain('Personal');
    expect(report.ready).toBe(true);
  });

  it('[RPT1] unknown cards have no reports', () => {
    expect(readReports(withReport(), 'nope')).toEqual([]);
  });

  it('[RPT2] reportText gives the live Y.Text of a report part for editor bindings, undefined when absent', () => {
    const doc = withReport();
    expect(reportText(doc, 'a', '2025-01', 'comments')).toBeInstanceOf(Y.Text);
    expect(reportText(doc, 'a', '2025-01', 'comments')!.toString()).toBe('Bra');
    expect(reportText(doc, 'a', '2025-02', 'comments')).toBeUndefined();
    expect(reportText(doc, 'nope', '2025-01', 'comments')).toBeUndefined();
  });
});
