import * as Y from 'yjs';
import { initBoard } from '../shared/ops/board.ts';
import { addColumn } from '../shared/ops/columns.ts';
import { createCard } from '../shared/ops/cards.ts';
import { addMilestone } from '../shared/ops/milestones.ts';
import { addReport, setReportReady } from '../shared/ops/reports.ts';
import { hsfAtgarder } from './data/hsfAtgarder.ts';
import { hsfFmUppdrag2025 } from './data/hsfFmUppdrag2025.ts';
import { rsDelmal2024 } from './data/rsDelmal2024.ts';
import { rsUppfoljning2024 } from './data/rsUppfoljning2024.ts';
import type { SeedAssignmentsBoard, SeedBoard, SeedGeneralBoard, SeedMeasuresBoard } from './seedTypes.ts';

/** The origin of every transaction the seeds write, so observers can tell seeding from editing. */
export const SEED_ORIGIN = 'seed';

/**
 * Every seed board, in the order a board list shows them. The "Aktuellt" agendas of 000 and 001
 * are no board: they are the seed meetings (buildSeedMeetings.ts).
 */
export const SEED_BOARDS: readonly SeedBoard[] = [hsfAtgarder, hsfFmUppdrag2025, rsUppfoljning2024, rsDelmal2024];

/**
 * Meta and columns. initBoard is given no columns and each column is added with its seed id,
 * so that card placements, and so two builds, come out the same.
 */
function writeBoard(doc: Y.Doc, board: SeedBoard): void {
  const target = board.kind === 'measures' ? board.target : undefined;
  initBoard(doc, { title: board.title, kind: board.kind, target, laneField: board.laneField, columns: [] }, SEED_ORIGIN);
  for (const column of board.columns) addColumn(doc, { id: column.id, title: column.title }, SEED_ORIGIN);
}

function writeMeasures(doc: Y.Doc, board: SeedMeasuresBoard): void {
  for (const m of board.cards) {
    createCard(
      doc,
      {
        id: m.id,
        column: m.stage,
        title: m.title,
        fields: {
          unit: m.unit,
          staffCategory: m.staffCategory,
          effect: m.effect,
          responsible: m.responsible,
          decisionLevel: m.decisionLevel,
          decisionBody: m.decisionBody,
          decisionDate: m.decisionDate,
        },
        texts: { comment: m.comment },
      },
      SEED_ORIGIN,
    );
  }
  for (const { id, date, title, involved, lane } of board.milestones) {
    addMilestone(doc, { id, date, title, involved, ...(lane && { lane }) }, SEED_ORIGIN);
  }
}

function writeAssignments(doc: Y.Doc, board: SeedAssignmentsBoard): void {
  for (const a of board.cards) {
    createCard(
      doc,
      {
        id: a.id,
        column: a.column,
        title: a.title,
        fields: {
          status: a.status,
          source: a.source,
          directedTo: a.directedTo,
          givenBy: a.givenBy,
          periodicity: a.periodicity,
          deadline: a.deadline,
          responsible: a.responsible,
        },
        texts: a.analysis === undefined ? {} : { analysis: a.analysis },
      },
      SEED_ORIGIN,
    );
    for (const { month, lastMonth, nextMonth, comments, risks } of a.reports ?? []) {
      addReport(doc, a.id, month, { lastMonth, nextMonth, comments, risks }, SEED_ORIGIN);
      // Every seed report was presented at its meeting: it was ready then.
      setReportReady(doc, a.id, month, true, SEED_ORIGIN);
    }
  }
}

function writeGeneral(doc: Y.Doc, board: SeedGeneralBoard): void {
  for (const c of board.cards) {
    createCard(
      doc,
      {
        id: c.id,
        column: c.column,
        title: c.title,
        fields: { group: c.group, status: c.status },
        texts: c.comment === undefined ? {} : { comment: c.comment },
      },
      SEED_ORIGIN,
    );
  }
}

/** One seed board's document, built through the shared/ operations only; into `doc` when given (it must be empty). */
export function buildSeedBoard(board: SeedBoard, doc: Y.Doc = new Y.Doc()): Y.Doc {
  writeBoard(doc, board);
  if (board.kind === 'measures') writeMeasures(doc, board);
  else if (board.kind === 'assignments') writeAssignments(doc, board);
  else writeGeneral(doc, board);
  return doc;
}

/**
 * Every seed board as a fresh document, keyed by its stable id (`hsf-atgarder`, …). Pure: no
 * I/O, and two calls give documents with the same content (their Yjs client ids differ).
 */
export function buildSeedBoards(): { id: string; doc: Y.Doc }[] {
  return SEED_BOARDS.map((board) => ({ id: board.id, doc: buildSeedBoard(board) }));
}
