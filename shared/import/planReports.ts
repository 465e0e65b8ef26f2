import { REPORT_COLUMNS, EXPORT_WORDS, type ReportColumn } from '../export/exportColumns.ts';
import type { BoardSnapshot } from '../read/readBoard.ts';
import type { Card } from '../schema/card.ts';
import { MAX_REPORT_TEXT_LENGTH, MAX_REPORTS_PER_CARD } from '../schema/limits.ts';
import { REPORT_TEXT_FIELDS, type Report, type ReportTextField } from '../schema/report.ts';
import { isoMonth } from '../schema/values.ts';
import { cellText, type ImportCell, type ImportProblem, type ImportReason, type ImportTable } from './importTable.ts';
import type { ImportPlan, MayChange, RowOutcome } from './planImport.ts';

/** One monthly report's write (IMP5): its card, on the board or new from the plan's card writes, the month, what to set. */
export interface ReportWrite {
  /** The card on the board; absent for a card the plan creates. */
  cardId?: string;
  /** The index in the plan's `writes` of the new card the report belongs to. */
  newCard?: number;
  month: string;
  /** Whether the card has the month's report already: else it is added (RPT2). */
  exists: boolean;
  texts: Partial<Record<ReportTextField, string>>;
  ready?: boolean;
}

export interface ReportPlan {
  /** Every row of the reports sheet below its header, `sheet: 'reports'`. */
  rows: RowOutcome[];
  writes: ReportWrite[];
}

/** How far down the sheet its header row may be, as for the cards (IMP2). */
const HEADER_SEARCH_ROWS = 20;
const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
const columnOf = (header: string): ReportColumn | undefined =>
  REPORT_COLUMNS.find((column) => [column.header.sv, column.header.en, column.key].some((name) => normalize(name) === normalize(header)) && normalize(header) !== '');
const YES = new Set([EXPORT_WORDS.yes.sv, EXPORT_WORDS.yes.en, 'true'].map(normalize));
const NO = new Set([EXPORT_WORDS.no.sv, EXPORT_WORDS.no.en, 'false'].map(normalize));
const isEmpty = (cell: ImportCell | undefined): boolean => cellText(cell).trim() === '';

/** A month as the export writes it, `YYYY-MM`, or the first day Excel makes of it when retyped. */
function readMonth(cell: ImportCell | undefined): string | undefined {
  const text = cellText(cell).trim().replace(/^(\d{4}-\d{2})-01$/, '$1');
  return typeof cell === 'string' && isoMonth.safeParse(text).success ? text : undefined;
}

function readReady(cell: ImportCell | undefined): boolean | ImportReason {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'object' && cell !== null) return 'unreadable';
  const text = normalize(cellText(cell));
  if (text === '' || NO.has(text)) return false;
  return YES.has(text) ? true : 'unknown_value';
}

/** The inputs of a reports plan besides the sheet: the board, its reports, the cards' plan and the role's say. */
export interface ReportContext {
  board: BoardSnapshot;
  reportsOf: (cardId: string) => readonly Report[];
  cards: Pick<ImportPlan, 'rows' | 'writes'>;
  mayChange?: MayChange;
}

/**
 * Plans the reports sheet of an assignments board's file (IMP5, EXP5): each row creates or updates
 * its card's report of its month, in the texts and readiness that differ, with the limits of live
 * editing (RPT2, LIM1, LIM2). The card is one on the board (live, and the role's to change, ROLE4)
 * or a new card of the file's cards sheet, by the id that sheet gave it; any other id is refused,
 * as is a row whose card's row is refused, so a report never lands on a card the user did not see.
 */
export function planReports(sheet: ImportTable['rows'], context: ReportContext): ReportPlan {
  const { board, reportsOf, cards, mayChange = () => true } = context;
  const headerRow = sheet.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => row.filter((cell) => columnOf(cellText(cell))).length >= 2);
  if (headerRow < 0) return { rows: [], writes: [] };
  const mapped = (sheet[headerRow] ?? []).flatMap((cell, index) => {
    const column = columnOf(cellText(cell));
    return column ? [{ index, column, header: cellText(cell) }] : [];
  });
  const onBoard = new Map(board.cards.map((card) => [card.id, card]));
  const created = new Map(cards.writes.flatMap((write, index) => (write.fileId === undefined ? [] : [[write.fileId, index] as const])));
  const refusedCards = new Set(cards.rows.flatMap((row) => (row.verdict === 'refused' && row.cardId !== undefined ? [row.cardId] : [])));
  const keys = new Map<string, number>();
  const last = sheet.findLastIndex((row) => !row.every(isEmpty));
  const read = sheet.slice(headerRow + 1, last + 1).map((cells, i) => ({ number: headerRow + 2 + i, cells, at: (key: ReportColumn['key']) => cells[mapped.find((m) => m.column.key === key)?.index ?? -1] }));
  for (const { at } of read) {
    const key = `${cellText(at('id')).trim()} ${cellText(at('month')).trim()}`;
    keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  const added = new Map<string, number>();
  const rows: RowOutcome[] = [];
  const writes: ReportWrite[] = [];
  for (const { number, cells, at } of read) {
    if (cells.every(isEmpty)) {
      rows.push({ row: number, sheet: 'reports', verdict: 'skipped', skipped: 'empty', problems: [] });
      continue;
    }
    const problems: ImportProblem[] = [];
    const headerOf = (key: ReportColumn['key']) => mapped.find((m) => m.column.key === key)?.header ?? REPORT_COLUMNS.find((c) => c.key === key)!.header.sv;
    const refuse = (key: ReportColumn['key'], reason: ImportReason) => problems.push({ row: number, column: headerOf(key), value: cellText(at(key)), reason });
    const id = cellText(at('id')).trim();
    const month = readMonth(at('month'));
    const card: Card | undefined = onBoard.get(id);
    if (month === undefined) refuse('month', 'not_a_month');
    if ((keys.get(`${id} ${cellText(at('month')).trim()}`) ?? 0) > 1) refuse('month', 'duplicate_id');
    if (card?.archived) refuse('id', 'archived_card');
    else if (card && !mayChange(card, card)) refuse('id', 'out_of_scope');
    else if (!card && refusedCards.has(id)) refuse('id', 'card_refused');
    else if (!card && !created.has(id)) refuse('id', 'unknown_card');
    const write: ReportWrite = { ...(card ? { cardId: id } : { newCard: created.get(id) }), month: month ?? '', exists: false, texts: {} };
    const before = card ? reportsOf(id).find((report) => report.month === month) : undefined;
    write.exists = before !== undefined;
    for (const field of REPORT_TEXT_FIELDS) {
      if (!mapped.some((m) => m.column.key === field)) continue;
      const cell = at(field);
      if (typeof cell === 'object' && cell !== null) refuse(field, 'unreadable');
      else if (cellText(cell).length > MAX_REPORT_TEXT_LENGTH) refuse(field, 'too_long');
      else if (cellText(cell) !== (before?.[field] ?? '')) write.texts[field] = cellText(cell);
    }
    if (mapped.some((m) => m.column.key === 'ready')) {
      const ready = readReady(at('ready'));
      if (typeof ready !== 'boolean') refuse('ready', ready);
      else if (ready !== (before?.ready ?? false)) write.ready = ready;
    }
    const count = card ? reportsOf(id).length : 0;
    if (problems.length === 0 && !write.exists && count + (added.get(id) ?? 0) >= MAX_REPORTS_PER_CARD) refuse('month', 'too_many_reports');
    const changes = !write.exists || write.ready !== undefined || Object.keys(write.texts).length > 0;
    const outcome = { row: number, sheet: 'reports' as const, ...(card && { cardId: id }), problems };
    if (problems.length > 0) rows.push({ ...outcome, verdict: 'refused' });
    else if (!changes) rows.push({ ...outcome, verdict: 'unchanged' });
    else {
      rows.push({ ...outcome, verdict: write.exists ? 'update' : 'create' });
      writes.push(write);
      if (!write.exists) added.set(id, (added.get(id) ?? 0) + 1);
    }
  }
  return { rows, writes };
}
