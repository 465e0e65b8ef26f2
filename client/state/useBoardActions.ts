import { useMemo } from 'react';
import type * as Y from 'yjs';
import * as boardOps from '../../shared/ops/board.ts';
import * as cardOps from '../../shared/ops/cards.ts';
import * as columnOps from '../../shared/ops/columns.ts';
import * as reportOps from '../../shared/ops/reports.ts';
import { openMonth, prefillFrom } from '../../shared/ops/reportCycle.ts';
import { readReports } from '../../shared/read/readReports.ts';
import { readMeta } from '../../shared/read/readMeta.ts';
import { useBoardContext } from './BoardContext.tsx';

/** Where a card is moved to: a column, optionally a lane, and the card it goes before (last when absent). */
export interface CardTarget {
  column: string;
  lane?: string;
  beforeCardId?: string;
}

/**
 * Every write the board UI makes, bound to this board's document and this user's origin so the
 * UndoManager undoes exactly this user's changes. Each call is one transaction; ops refuse bad
 * input with a SchemaError, which callers show next to the field.
 */
export function boardActions(doc: Y.Doc, origin: unknown) {
  return {
    createCard(target: CardTarget, title: string): string {
      const laneField = readMeta(doc).laneField;
      const fields = laneField && target.lane ? { [laneField]: target.lane } : undefined;
      const card = { column: target.column, title, beforeCardId: target.beforeCardId, fields };
      return cardOps.createCard(doc, card, origin);
    },
    updateField: (cardId: string, field: string, value: unknown) => cardOps.updateCardField(doc, cardId, field, value, origin),
    /** Moves a card to a column and lane in one checked operation: a refused move changes nothing. */
    moveCard: (cardId: string, target: CardTarget) => cardOps.moveCardTo(doc, cardId, target, origin),
    archiveCard: (cardId: string) => cardOps.archiveCard(doc, cardId, origin),
    restoreCard: (cardId: string) => cardOps.restoreCard(doc, cardId, origin),
    addColumn: (title: string) => columnOps.addColumn(doc, { title }, origin),
    renameColumn: (columnId: string, title: string) => columnOps.renameColumn(doc, columnId, title, origin),
    setWipLimit: (columnId: string, limit: number | undefined) => columnOps.setWipLimit(doc, columnId, limit, origin),
    moveColumn: (columnId: string, beforeColumnId: string | undefined) => columnOps.moveColumn(doc, columnId, beforeColumnId, origin),
    removeColumn: (columnId: string, moveCardsTo?: string) => columnOps.removeColumn(doc, columnId, { moveCardsTo }, origin),
    /** Adds one card's report for `month`, prefilled from its latest earlier report as openMonth does (RC3). */
    addReport(cardId: string, month: string): void {
      const previous = readReports(doc, cardId).filter((report) => report.month < month).at(-1);
      reportOps.addReport(doc, cardId, month, prefillFrom(previous), origin);
    },
    /** Makes `month` the board's current month and creates the reports it lacks (RC3, RC4). */
    openMonth: (month: string) => openMonth(doc, month, origin),
    setReportReady: (cardId: string, month: string, ready: boolean) => reportOps.setReportReady(doc, cardId, month, ready, origin),
    /** Sets the board's target in tkr/år, or clears it with undefined. */
    setTarget: (target: number | undefined) => boardOps.updateBoardMeta(doc, 'target', target, origin),
  };
}

export type BoardActions = ReturnType<typeof boardActions>;

/** The board's write operations for components; the same object for the life of the board. */
export function useBoardActions(): BoardActions {
  const { doc, origin } = useBoardContext();
  return useMemo(() => boardActions(doc, origin), [doc, origin]);
}
