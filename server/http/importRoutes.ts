import { Hono } from 'hono';
import type * as Y from 'yjs';
import { z } from 'zod';
import { cardInScope, SCOPE_FIELDS, scopeFieldChangeAllowed } from '../../shared/cardInScope.ts';
import { MEETING_KIND } from '../../shared/meeting/meetingSchema.ts';
import { cellText, type ImportTable } from '../../shared/import/importTable.ts';
import { findHeaderRow, isValidMapping, mapHeaders, type ColumnMapping } from '../../shared/import/mapHeaders.ts';
import { ROW_VERDICTS, type ImportPlan, type RowOutcome, type RowVerdict } from '../../shared/import/planImport.ts';
import { titleRows } from '../../shared/import/titleRows.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { readMeta } from '../../shared/read/readMeta.ts';
import type { BoardKind } from '../../shared/schema/boardKinds.ts';
import type { AuthContext } from '../access/AuthContext.ts';
import { principalName, principalUserId } from '../access/Principal.ts';
import type { BoardAccess } from '../access/roles.ts';
import { HistoryRecorder } from '../history/HistoryRecorder.ts';
import { fileRefusal } from '../import/fileRefusal.ts';
import { ImportFileError } from '../import/ImportFileError.ts';
import { readImportFile } from '../import/readImportFile.ts';
import { importWrite, planOn, type FilePlan, type ImportRequest } from '../import/importWrite.ts';
import type { Logger } from '../log.ts';
import type { Storage } from '../storage/Storage.ts';
import type { RoomRegistry } from '../sync/RoomRegistry.ts';
import { ApiError } from './ApiError.ts';
import { parseJsonBody } from './parseJsonBody.ts';
import { requireBoardRole } from './requestAuth.ts';

const importBody = z.strictObject({
  format: z.enum(['xlsx', 'csv']),
  /** The file, base64: the body is JSON like every changing request's (SEC4). */
  file: z.base64(),
  /** For each column of the file, the key it fills or null (IMP2); the headers' own mapping when absent. */
  mapping: z.array(z.string().nullable()).max(200).optional(),
  skipRefused: z.boolean().optional(),
});

/** How many rows have each verdict. */
const countsOf = (rows: readonly RowOutcome[]) => Object.fromEntries(ROW_VERDICTS.map((verdict) => [verdict, rows.filter((row) => row.verdict === verdict).length])) as Record<RowVerdict, number>;

/**
 * What both the dry run and a confirm answer: the file's headers, the mapping used, every row's
 * verdict, the columns it adds, the counts of every row (both sheets, so `refused` is what a skip
 * skips) and, for a file with a reports sheet, the counts of its rows alone (IMP9).
 */
const answerOf = (headers: readonly string[], mapping: ColumnMapping, plan: ImportPlan) => {
  const reports = plan.rows.filter((row) => row.sheet === 'reports');
  return { headers, mapping, rows: plan.rows, newColumns: plan.newColumns, counts: countsOf(plan.rows), ...(reports.length > 0 && { reportCounts: countsOf(reports) }) };
};

type ScopedCard = Parameters<typeof cardInScope>[0];

/** LIM6: every scope field the row changes goes only where live editing lets it (the gate's own rule). */
const scopeChangesAllowed = (before: ScopedCard, after: ScopedCard, scope: readonly string[]) =>
  SCOPE_FIELDS.every((field) => JSON.stringify(before[field]) === JSON.stringify(after[field]) || scopeFieldChangeAllowed(field, before, after, scope));

/**
 * ROLE4, LIM6, IMP7: a unit chief changes only cards in scope before and after, each scope field only
 * as live editing allows (a card is never handed to or shared with another unit), and adds neither
 * cards nor columns.
 */
function planOptions(access: BoardAccess, displayName: string) {
  if (access.role !== 'unitChief') return {};
  return {
    mayAddColumns: false,
    mayChange: (before: ScopedCard | undefined, after: ScopedCard) =>
      before !== undefined && cardInScope(before, access.scope, displayName) && cardInScope(after, access.scope, displayName) && scopeChangesAllowed(before, after, access.scope),
  };
}

/** The file's table, or the refusal of a file Tavla will not read (IMP8), answered as API6's `{ error, message }`. */
async function readFile(format: 'xlsx' | 'csv', base64: string): Promise<ImportTable | ImportFileError> {
  try {
    return await readImportFile(Buffer.from(base64, 'base64'), format);
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
}

function mappingFor(kind: BoardKind, headers: readonly string[], given: ColumnMapping | undefined): ColumnMapping {
  if (given === undefined) return mapHeaders(kind, headers);
  if (given.length !== headers.length || !isValidMapping(kind, given)) {
    throw new ApiError(400, 'invalid_body', 'mapping: one key or null per column of the header row, each key of the board kind once at most');
  }
  return given;
}

/**
 * POST /api/boards/:id/import?dryRun=true (IMP9, IMP10): a spreadsheet's rows planned against the
 * board, every row's verdict answered and nothing written; without dryRun the plan is made again in
 * the board's room and written in one update, and refused rows write nothing unless skipRefused
 * (422 `rows_refused` with the same answer). Editors and facilitators; a unit chief for the cards
 * in scope (IMP7); a viewer or share link 403.
 */
export function importRoutes(deps: AuthContext & { storage: Storage; registry: RoomRegistry; logger: Logger; now: () => Date }) {
  const recorder = new HistoryRecorder(deps.history);
  return new Hono().post('/:id/import', async (c) => {
    const { board, access, principal } = await requireBoardRole(c, deps, 'unitChief');
    if (board.kind === MEETING_KIND) throw new ApiError(404, 'unknown_board', `"${board.id}" is a meeting, not a board`);
    const dryRun = c.req.query('dryRun') === 'true';
    const body = await parseJsonBody(c, importBody);
    const table = await readFile(body.format, body.file);
    if (table instanceof ImportFileError) {
      deps.logger.log('warn', { event: 'import_file_refused', docId: board.id, reason: table.reason, limit: table.limit, actual: table.actual });
      const refusal = fileRefusal(table);
      if (refusal.retryAfter !== undefined) c.header('Retry-After', String(refusal.retryAfter));
      return c.json(refusal.body, refusal.status);
    }
    const kind = await deps.registry.read(board.id, (doc) => readMeta(doc).kind);
    // IMP2: headers Tavla does not know leave the first row with anything in it as the header row, mapped by the user.
    const found = findHeaderRow(kind, table);
    const headerRow = found >= 0 ? found : table.rows.findIndex((row) => row.some((cell) => cellText(cell).trim() !== ''));
    if (headerRow < 0) return c.json({ error: 'no_header', message: 'the file has no rows' }, 400);
    const headers = (table.rows[headerRow] ?? []).map((cell) => cellText(cell));
    const mapping = mappingFor(kind, headers, body.mapping);
    const request: ImportRequest = { table, headerRow, mapping, options: planOptions(access, principalName(principal)) };
    // IMP13: each row names its card, by the file's title or the board's.
    const titled = (plan: FilePlan, doc: Y.Doc): FilePlan => ({ ...plan, rows: titleRows(plan.rows, readBoard(doc).cards, table, mapping) });
    if (dryRun) return c.json({ dryRun: true, written: false, ...answerOf(headers, mapping, await deps.registry.read(board.id, (doc) => titled(planOn(doc, request), doc))) });
    const author = { boardId: board.id, at: deps.now().toISOString(), userId: principalUserId(principal), actor: principalName(principal) };
    const done = await deps.registry.writeAsServer(board.id, importWrite(request, body.skipRefused === true, author));
    const answer = { dryRun: false, written: done.written, ...answerOf(headers, mapping, await deps.registry.read(board.id, (doc) => titled(done.plan, doc))) };
    if (!done.written && answer.counts.refused > 0 && body.skipRefused !== true) return c.json({ error: 'rows_refused', message: `${answer.counts.refused} rows are refused`, ...answer }, 422);
    if (done.written) {
      try {
        await recorder.record(done.history);
      } catch (error) {
        // The import is stored; a lost history line must not fail it (HIST5).
        deps.logger.log('error', { event: 'history_failed', docId: board.id, detail: String(error) });
      }
    }
    return c.json(answer);
  });
}
