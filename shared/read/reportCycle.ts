import * as Y from 'yjs';
import type { Card } from '../schema/card.ts';
import { getCardsMap, getMeta } from '../doc.ts';
import { readBoard, type BoardSnapshot } from './readBoard.ts';

/** Assignment statuses after which an assignment no longer reports monthly (RC2). */
const FINISHED_STATUSES: readonly string[] = ['done', 'doneWithDeviation', 'notDone'];

/** Where one assignment stands in the current month (RC5): `ready`, a `draft` not yet marked ready, or `missing`. */
export type ReportState = 'ready' | 'draft' | 'missing';

export interface AssignmentReportState {
  cardId: string;
  title: string;
  state: ReportState;
}

/** The monthly report cycle of an assignments board as plain data. */
export interface ReportCycle {
  /** The current reporting month: meta's, else the latest month any report has (RC1); undefined when neither. */
  currentMonth?: string;
  /** Whether currentMonth was opened (stored in meta) rather than derived from the reports. */
  opened: boolean;
  /** Every assignment that reports (RC2), column by column in board order, with its state in currentMonth. */
  assignments: AssignmentReportState[];
  /** The ids of the assignments that have not reported currentMonth (RC5): state missing or draft. */
  notReported: string[];
}

/** The month after `month` (`YYYY-MM`). */
export function monthAfter(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** The calendar month of `date` in local time, as `YYYY-MM`. */
export const monthOf = (date: Date): string => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;

/** Whether a card takes part in the monthly cycle (RC2): live, shown in a column, and not finished. */
export function isReporting(card: Card): boolean {
  return !card.archived && card.column !== '' && !FINISHED_STATUSES.includes(String(card.status));
}

/** The stored report map of one card and month, if any. */
function reportMap(doc: Y.Doc, cardId: string, month: string): Y.Map<unknown> | undefined {
  const reports = getCardsMap(doc).get(cardId)?.get('reports');
  const report = reports instanceof Y.Map ? (reports as Y.Map<unknown>).get(month) : undefined;
  return report instanceof Y.Map ? (report as Y.Map<unknown>) : undefined;
}

/**
 * The board's report cycle (RC1, RC2, RC5). `board` may be passed when the caller already
 * holds a snapshot (the client's store); reports are read from the document, which the
 * snapshot omits. O(cards): one map lookup per assignment.
 */
export function readReportCycle(doc: Y.Doc, board: BoardSnapshot = readBoard(doc)): ReportCycle {
  const stored = getMeta(doc).get('currentMonth');
  // Column by column, as the board shows them (cards are sorted by order key within a column, ORD1).
  const columnIndex = new Map(board.columns.map((c, i) => [c.id, i]));
  const reporting = board.cards.filter(isReporting).sort((a, b) => columnIndex.get(a.column)! - columnIndex.get(b.column)!);
  let currentMonth = typeof stored === 'string' ? stored : undefined;
  if (currentMonth === undefined) {
    for (const card of board.cards) {
      const latest = card.reportMonths?.at(-1);
      if (latest !== undefined && (currentMonth === undefined || latest > currentMonth)) currentMonth = latest;
    }
  }
  const assignments = reporting.map((card): AssignmentReportState => {
    const report = currentMonth === undefined ? undefined : reportMap(doc, card.id, currentMonth);
    const state: ReportState = !report ? 'missing' : report.get('ready') === true ? 'ready' : 'draft';
    return { cardId: card.id, title: card.title, state };
  });
  const cycle: ReportCycle = {
    opened: typeof stored === 'string',
    assignments,
    notReported: assignments.filter((a) => a.state !== 'ready').map((a) => a.cardId),
  };
  if (currentMonth !== undefined) cycle.currentMonth = currentMonth;
  return cycle;
}
