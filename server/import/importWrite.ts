import * as Y from 'yjs';
import type { ImportTable } from '../../shared/import/importTable.ts';
import { applyImport } from '../../shared/import/applyImport.ts';
import type { ColumnMapping } from '../../shared/import/mapHeaders.ts';
import { planImport, type ImportPlan, type PlanOptions } from '../../shared/import/planImport.ts';
import { readImportRows } from '../../shared/import/readImportRows.ts';
import { planReports, type ReportWrite } from '../../shared/import/planReports.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { readReports } from '../../shared/read/readReports.ts';
import { describeChanges, type ChangeAuthor } from '../history/describeChanges.ts';
import type { NewHistoryEntry } from '../storage/HistoryStore.ts';
import type { ServerWrite } from '../sync/ServerWrite.ts';

/** What the rows of a file are, read against the board: which columns they fill, and the plan. */
export interface ImportRequest {
  table: ImportTable;
  headerRow: number;
  mapping: ColumnMapping;
  options: PlanOptions;
}

/** A file's plan: its cards sheet's, with the rows and writes of an assignments board's reports sheet after them. */
export type FilePlan = ImportPlan & { reports: ReportWrite[] };

/** The plan a file makes on the board as `doc` holds it (IMP1-IMP7), its monthly reports included (IMP5). */
export function planOn(doc: Y.Doc, request: ImportRequest): FilePlan {
  const board = readBoard(doc);
  const rows = readImportRows(board.meta.kind, board.columns, request.table, request.headerRow, request.mapping);
  const cards = planImport(board, rows, request.options);
  if (board.meta.kind !== 'assignments' || request.table.reports === undefined) return { ...cards, reports: [] };
  const reports = planReports(request.table.reports, { board, reportsOf: (cardId) => readReports(doc, cardId), cards, mayChange: request.options.mayChange });
  return { ...cards, rows: [...cards.rows, ...reports.rows], reports: reports.writes };
}

export type ImportWritten =
  | { written: false; plan: FilePlan }
  | { written: true; plan: FilePlan; created: string[]; history: NewHistoryEntry[] };

/**
 * IMP9: the confirmed import as the server's own write (MTS17): planned again on the room's document
 * as it is now, so what is written is judged against the board it goes into, not the one of the dry
 * run; refused rows write nothing unless `skipRefused`. One transaction, one update; its history is
 * worked out here, while the state before it exists, and recorded once it is stored.
 */
export function importWrite(request: ImportRequest, skipRefused: boolean, author: ChangeAuthor): ServerWrite<ImportWritten> {
  return async (doc, origin) => {
    const plan = planOn(doc, request);
    if (plan.writes.length + plan.reports.length === 0 || (!skipRefused && plan.rows.some((row) => row.verdict === 'refused'))) return { result: { written: false, plan } };
    const before = new Y.Doc();
    try {
      Y.applyUpdate(before, Y.encodeStateAsUpdate(doc));
      const created = applyImport(doc, plan, origin);
      const onBoard = [...plan.writes, ...plan.reports].flatMap((write) => (write.cardId === undefined ? [] : [write.cardId]));
      const cardIds = [...new Set([...onBoard, ...created])];
      const effect = { changed: true, pending: false, paths: [...cardIds.map((id) => ['cards', id]), ...(plan.newColumns.length > 0 ? [['columns']] : [])] };
      return { result: { written: true, plan, created, history: describeChanges(author, effect, before, doc) } };
    } finally {
      before.destroy();
    }
  };
}
