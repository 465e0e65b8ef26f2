import PptxGenJS from 'pptxgenjs';
import type { Card } from '../../shared/schema/card.ts';
import type { Report } from '../../shared/schema/report.ts';
import type { BoardSnapshot } from '../../shared/read/readBoard.ts';
import { NO_FILTER, type CardFilter } from '../../shared/export/cardFilter.ts';
import { EXPORT_WORDS } from '../../shared/export/exportColumns.ts';
import { filterNote } from '../../shared/export/filterNote.ts';
import { addAssignmentSlides } from './assignmentSlides.ts';
import { addMeasureSlides } from './measureSlides.ts';
import { BODY_PT, COLOURS, FONT, SLIDE, addFramedSlide } from './slideFrame.ts';
import { SLIDE_LABELS, type SlideLanguage } from './slideLabels.ts';

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** How to present a board: the same options as the other exports (EXP6), so every file shows the same cards. */
export interface PptxOptions {
  language: SlideLanguage;
  /** The day of the export, `YYYY-MM-DD`. */
  date: string;
  /** The filter the reader sees; absent presents the whole board, present makes the first slide say so. */
  filter?: (card: Card) => boolean;
  /** That filter's fields, which the first slide names (filterNote, EXP6). */
  filterFields?: CardFilter;
  /** A card's monthly reports, ascending by month (readReports). */
  reportsOf: (cardId: string) => readonly Report[];
}

/**
 * The board as the deck its people present today (PPT1–PPT4): a title slide, then for a measures
 * board one slide per lane in 000's layout, for an assignments board one per assignment and month
 * with 002's four boxes. A general board gets 000's table of its cards by lane.
 * The slides' sums come from the ledger of the same cards (LED1), so they say what the board says.
 */
export async function boardPptx(board: BoardSnapshot, options: PptxOptions): Promise<Uint8Array> {
  const { language, date, filter } = options;
  const columns = new Set(board.columns.map((column) => column.id));
  // SUM3, SUM5: live cards in an existing column, narrowed by the filter, as the board's sums count them.
  const counted = board.cards.filter((card) => !card.archived && columns.has(card.column));
  const cards = counted.filter((card) => !filter || filter(card));
  const labels = SLIDE_LABELS[language];
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = board.meta.title;
  pptx.author = 'Tavla';
  const footer = `${board.meta.title} · ${date} · ${EXPORT_WORDS.exportedFrom[language]}`;

  const cover = addFramedSlide(pptx, { title: board.meta.title, footer, lang: labels.locale });
  const note = filter && filterNote(options.filterFields ?? NO_FILTER, board.meta.kind, { shown: cards.length, total: counted.length }, language);
  const lines = [date, EXPORT_WORDS.exportedFrom[language], ...(note ? [note] : [])];
  cover.addText(lines.join('\n'), { x: SLIDE.margin, y: 2, w: SLIDE.width - 2 * SLIDE.margin, h: 2.5, lang: labels.locale, fontFace: FONT, fontSize: 20, color: COLOURS.text, valign: 'top' });

  const made =
    board.meta.kind === 'assignments'
      ? addAssignmentSlides(pptx, cards, options.reportsOf, language, labels, footer)
      : addMeasureSlides(pptx, board, cards, language, labels, footer);
  if (made === 0) {
    addFramedSlide(pptx, { title: board.meta.title, footer, lang: labels.locale }).addText(board.meta.kind === 'assignments' ? labels.noReports : labels.noCards, { x: SLIDE.margin, y: 2, w: 8, h: 1, lang: labels.locale, fontFace: FONT, fontSize: BODY_PT });
  }
  return (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
}
