import { Hono } from 'hono';
import { changedSinceFromQuery, filterFromQuery, filterPredicate } from '../../shared/export/cardFilter.ts';
import type { ExportLanguage } from '../../shared/export/exportColumns.ts';
import { exportTable } from '../../shared/export/exportTable.ts';
import { swedishDate } from '../../shared/meeting/meetingTime.ts';
import { MEETING_KIND } from '../../shared/meeting/meetingSchema.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { readReports } from '../../shared/read/readReports.ts';
import type { AuthContext } from '../access/AuthContext.ts';
import type { Clock } from '../clock.ts';
import { boardCsv } from '../export/boardCsv.ts';
import { changedCardsSince } from './changedCardsSince.ts';
import { PPTX_TYPE, boardPptx } from '../export/boardPptx.ts';
import { boardXlsx } from '../export/boardXlsx.ts';
import { attachmentHeader } from '../minutes/attachmentName.ts';
import type { Storage } from '../storage/Storage.ts';
import type { RoomRegistry } from '../sync/RoomRegistry.ts';
import { ApiError } from './ApiError.ts';
import { requireBoardRole } from './requestAuth.ts';

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pptx: PPTX_TYPE,
} as const;
type Format = keyof typeof TYPES;

/**
 * GET /api/boards/:id/export?format=xlsx|csv|pptx&lang=sv|en (EXP9, PPT1): the board's live cards for every
 * reader, share links included, as the board shows them; with the filter's fields in the query
 * (filterQuery), only what that filter shows, the changed cards resolved from what they changed
 * since (changedCardsSince), and the file says so (EXP6). Read through
 * `registry.read`, which opens no room.
 */
export function exportRoutes(deps: AuthContext & { storage: Storage; registry: RoomRegistry; now: Clock }) {
  return new Hono().get('/:id/export', async (c) => {
    const { board, principal } = await requireBoardRole(c, deps, 'viewer');
    if (board.kind === MEETING_KIND) throw new ApiError(404, 'unknown_board', `"${board.id}" is a meeting, not a board`);
    const format = c.req.query('format') ?? 'xlsx';
    if (!(format in TYPES)) throw new ApiError(400, 'invalid_body', `format must be ${Object.keys(TYPES).join(' or ')}`);
    const lang = c.req.query('lang') ?? 'sv';
    if (lang !== 'sv' && lang !== 'en') throw new ApiError(400, 'invalid_body', 'lang must be sv or en');
    const language: ExportLanguage = lang;
    const query = (name: string) => c.req.query(name);
    const changedSince = changedSinceFromQuery(query);
    const fields = filterFromQuery(query);
    const filterFields = changedSince ? { ...fields, changed: await changedCardsSince(deps, principal, board.id, changedSince) } : fields;
    const filter = filterPredicate(filterFields);
    const date = swedishDate(deps.now().toISOString());
    if (format === 'pptx') {
      // PPT1: the board and its reports are read at once; the slides are made after, outside the room.
      const { snapshot, reports } = await deps.registry.read(board.id, (doc) => {
        const snapshot = readBoard(doc);
        return { snapshot, reports: new Map(snapshot.cards.map((card) => [card.id, readReports(doc, card.id)])) };
      });
      const slides = await boardPptx(snapshot, { language, date, filter, filterFields, reportsOf: (id) => reports.get(id) ?? [] });
      const headers = { 'content-type': PPTX_TYPE, 'content-disposition': attachmentHeader(`${snapshot.meta.title} ${date}.pptx`), 'cache-control': 'no-store' };
      return new Response(new Uint8Array(slides), { headers });
    }
    const table = await deps.registry.read(board.id, (doc) =>
      exportTable(readBoard(doc), { language, date, filter, filterFields, reportsOf: (id) => readReports(doc, id) }),
    );
    const bytes = (format as Format) === 'csv' ? boardCsv(table, language) : await boardXlsx(table, language);
    const name = `${table.title} ${date}.${format}`;
    return new Response(new Uint8Array(bytes), {
      headers: { 'content-type': TYPES[format as Format], 'content-disposition': attachmentHeader(name), 'cache-control': 'no-store' },
    });
  });
}
