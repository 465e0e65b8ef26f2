import * as Y from 'yjs';
import { getCardsMap, getColumnsMap, getMeta } from '../shared/doc.ts';
import { addColumn } from '../shared/ops/columns.ts';
import { MEETING_KIND } from '../shared/meeting/meetingSchema.ts';
import { DEFAULT_COLUMNS, DEFAULT_LANE_FIELD } from '../shared/schema/board.ts';
import type { BoardKind } from '../shared/schema/boardKinds.ts';
import { validateDoc, type SchemaIssue } from '../shared/schema/validateDoc.ts';
import { validateDocument } from '../shared/validateDocument.ts';
import { SCHEMA_VERSION } from '../shared/schema/version.ts';
import type { BoardRecord } from './storage/Storage.ts';

/** One stored piece of a board (a snapshot, an update, a backup's copy), named for the report. */
export interface BoardPart {
  label: string;
  bytes: Uint8Array;
}

/** What salvageBoard made of the parts (OPS3). */
export interface Salvage {
  doc: Y.Doc;
  kept: string[];
  /** Each dropped part with why. */
  dropped: string[];
  /** What was put back that no part held: the meta from the board list, columns the cards name. */
  repaired: string[];
  /** Schema issues left after the repairs: the board must not be written when there are any. */
  issues: SchemaIssue[];
}

/** The title of a column that recovery puts back because cards name it but no kept part holds it. */
export const RECOVERED_COLUMN_TITLE = 'Återställd kolumn';

/**
 * Rebuilds a board from the parts that still decode (OPS3), in order: a part is kept only when it
 * applies on what was kept before it without throwing and without leaving anything pending (an
 * update that waits for structs of a lost snapshot would hide itself and everything after it).
 * Then what the board needs to read as one is put back: meta from the board list, and a column
 * for every column id a card names that no kept part holds.
 */
export function salvageBoard(record: BoardRecord, parts: readonly BoardPart[]): Salvage {
  let doc = new Y.Doc();
  const kept: string[] = [];
  const dropped: string[] = [];
  for (const part of parts) {
    const trial = new Y.Doc();
    Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
    let problem: string | undefined;
    try {
      Y.applyUpdate(trial, part.bytes);
      if (trial.store.pendingStructs !== null || trial.store.pendingDs !== null) problem = 'refers to parts of the board that are lost';
    } catch (error) {
      problem = `does not decode (${error instanceof Error ? error.message : String(error)})`;
    }
    if (problem) {
      trial.destroy();
      dropped.push(`${part.label}: ${problem}`);
      continue;
    }
    doc.destroy();
    doc = trial;
    kept.push(part.label);
  }
  // A meeting's meta needs a date the board list does not hold, and it has no columns: it is kept as it
  // decodes and written only when it passes its own schema (MTS1).
  if (record.kind === MEETING_KIND) return { doc, kept, dropped, repaired: [], issues: validateDocument(doc, MEETING_KIND) };
  const board = { ...record, kind: record.kind };
  const repaired = [...repairMeta(doc, board), ...repairColumns(doc, board)];
  return { doc, kept, dropped, repaired, issues: validateDoc(doc) };
}

/** A registry record of a board, not a meeting. */
type BoardOnlyRecord = BoardRecord & { kind: BoardKind };

function repairMeta(doc: Y.Doc, record: BoardOnlyRecord): string[] {
  const meta = getMeta(doc);
  if (meta.has('kind')) return [];
  const laneField = DEFAULT_LANE_FIELD[record.kind];
  doc.transact(() => {
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('title', record.title);
    meta.set('kind', record.kind);
    if (laneField !== undefined) meta.set('laneField', laneField);
  });
  return [`the board's title and kind from the board list ("${record.title}", ${record.kind})`];
}

function repairColumns(doc: Y.Doc, record: BoardOnlyRecord): string[] {
  const columns = getColumnsMap(doc);
  const named = new Set<string>();
  for (const issue of validateDoc(doc)) {
    if (issue.code !== 'unknown_column') continue;
    const column = getCardsMap(doc).get(issue.path.split('.')[1] ?? '')?.get('column');
    if (typeof column === 'string') named.add(column);
  }
  for (const id of named) addColumn(doc, { id, title: RECOVERED_COLUMN_TITLE });
  const repaired = [...named].map((id) => `column ${id} ("${RECOVERED_COLUMN_TITLE}"), which cards are in`);
  if (columns.size === 0) {
    for (const title of DEFAULT_COLUMNS[record.kind]) addColumn(doc, { title });
    repaired.push(`the default columns of a ${record.kind} board`);
  }
  return repaired;
}
