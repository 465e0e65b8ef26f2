import type PptxGenJS from 'pptxgenjs';
import type { Card } from '../../shared/schema/card.ts';
import type { BoardSnapshot } from '../../shared/read/readBoard.ts';
import { laneOf } from '../../shared/read/laneOf.ts';
import { EXPORT_WORDS } from '../../shared/export/exportColumns.ts';
import { withUnknownNote } from '../../shared/export/unknownNote.ts';
import { computeLedger } from '../../shared/ledger.ts';
import { BODY_PT, COLOURS, CONTENT, FONT, SLIDE, addFramedSlide, clampText, estimateLines, linesHeight, linesIn } from './slideFrame.ts';
import { slideNumber, type SlideLabels, type SlideLanguage } from './slideLabels.ts';

type ColumnKey = 'unit' | 'staffCategory' | 'measure' | 'effect' | 'comment' | 'responsible' | 'group' | 'card' | 'owners';
type SlideColumn = { key: ColumnKey; width: number };

/**
 * 000's columns, in its order, and their widths in inches (together the slide's width less its
 * margins); a general board, which has no effect, gets the same table of its own fields (PPT3).
 */
const COLUMNS: Record<'measures' | 'general', readonly SlideColumn[]> = {
  measures: [
    { key: 'unit', width: 1.8 },
    { key: 'staffCategory', width: 1.4 },
    { key: 'measure', width: 2.3 },
    { key: 'effect', width: 1.3 },
    { key: 'comment', width: 3.73 },
    { key: 'responsible', width: 1.8 },
  ],
  general: [
    { key: 'unit', width: 1.8 },
    { key: 'group', width: 1.6 },
    { key: 'card', width: 2.6 },
    { key: 'comment', width: 4.53 },
    { key: 'owners', width: 1.8 },
  ],
};
/** Room for the lane's sum under the table. */
const SUM_HEIGHT = 0.5;

function cellOf(key: ColumnKey, card: Card, language: SlideLanguage): string {
  if (key === 'measure' || key === 'card') return card.title;
  // SUM2: an unknown effect stays unknown, shown as 000 shows it, never as 0.
  if (key === 'effect') return typeof card.effect === 'number' ? slideNumber(card.effect, language) : '?';
  if (key === 'responsible' || key === 'owners') return (card.responsible ?? []).join('\n');
  return card[key] ?? '';
}

const rowHeight = (columns: readonly SlideColumn[], cells: readonly string[]): number =>
  linesHeight(Math.max(...cells.map((text, i) => estimateLines(text, columns[i]!.width, BODY_PT))), BODY_PT);

/**
 * Rows split into slides (PPT3): in order, as many to a slide as fit in `available` inches under
 * a header row of `header` inches; a row never splits, and a row taller than a slide has one alone.
 */
export function paginateRows(heights: readonly number[], header: number, available: number): number[][] {
  const pages: number[][] = [];
  let page: number[] = [];
  let used = header;
  heights.forEach((height, i) => {
    if (page.length > 0 && used + height > available) {
      pages.push(page);
      page = [];
      used = header;
    }
    page.push(i);
    used += height;
  });
  if (page.length > 0) pages.push(page);
  return pages;
}

/** The lane's heading: 000's list names for the decision levels, else the lane's value. */
const laneTitle = (lane: string, board: BoardSnapshot, labels: SlideLabels): string =>
  board.meta.laneField === 'decisionLevel' ? (labels.lanes[lane] ?? (lane || labels.noLane)) : lane || board.meta.title;

/**
 * One slide per lane in 000's layout (PPT3), continued on further slides when the rows do not fit,
 * each with the lane's "Summa" computed by the ledger from the same cards (LED1, SUM5).
 */
export function addMeasureSlides(pptx: PptxGenJS, board: BoardSnapshot, cards: readonly Card[], language: SlideLanguage, labels: SlideLabels, footer: string): number {
  const chosen = new Set(cards.map((card) => card.id));
  const ledger = computeLedger(board, (card) => chosen.has(card.id));
  const stage = new Map(board.columns.map((column, i) => [column.id, i]));
  const columns = COLUMNS[board.meta.kind === 'general' ? 'general' : 'measures'];
  const withSum = board.meta.kind === 'measures';
  const header = columns.map(({ key }) => labels[key]);
  const headerHeight = rowHeight(columns, header);
  let slides = 0;
  for (const { lane, proposed } of ledger.lanes) {
    const laneCards = cards
      .filter((card) => laneOf(card, board.meta.laneField) === lane)
      .sort((a, b) => stage.get(a.column)! - stage.get(b.column)!);
    const available = CONTENT.bottom - CONTENT.top - (withSum ? SUM_HEIGHT : 0);
    // PPT5: a cell longer than a whole slide shows what fits, so no row runs off its slide.
    const most = linesIn(available - headerHeight, BODY_PT);
    const rows = laneCards.map((card) => columns.map(({ key, width }) => clampText(cellOf(key, card, language), width, BODY_PT, most, labels.more)));
    const pages = paginateRows(rows.map((row) => rowHeight(columns, row)), headerHeight, available);
    const sum = withUnknownNote(`${EXPORT_WORDS.sum[language]}: ${slideNumber(proposed.effect, language)} ${labels.perYear}`, proposed.unknownEffect.length, language);
    pages.forEach((page, p) => {
      const title = laneTitle(lane, board, labels) + (p > 0 ? ` (${labels.continued} ${p + 1}/${pages.length})` : '');
      const slide = addFramedSlide(pptx, { title, footer, lang: labels.locale });
      const cell = (text: string, i: number, head: boolean): PptxGenJS.TableCell => ({
        text,
        options: { lang: labels.locale, bold: head, fill: head ? { color: COLOURS.header } : undefined, align: columns[i]!.key === 'effect' ? 'right' : 'left' },
      });
      const table: PptxGenJS.TableRow[] = [header.map((text, i) => cell(text, i, true)), ...page.map((r) => rows[r]!.map((text, i) => cell(text, i, false)))];
      slide.addTable(table, {
        x: SLIDE.margin,
        y: CONTENT.top,
        colW: columns.map(({ width }) => width),
        fontFace: FONT,
        fontSize: BODY_PT,
        color: COLOURS.text,
        valign: 'top',
        border: { type: 'solid', pt: 0.75, color: COLOURS.rule },
      });
      if (withSum) slide.addText(sum, { x: SLIDE.margin, y: CONTENT.bottom - SUM_HEIGHT + 0.05, w: SLIDE.width - 2 * SLIDE.margin, h: SUM_HEIGHT, lang: labels.locale, fontFace: FONT, fontSize: 16, bold: true, color: COLOURS.accent });
      slides++;
    });
  }
  return slides;
}
