import type PptxGenJS from 'pptxgenjs';

/** The slide is 16:9, 13.33 × 7.5 in (pptxgenjs LAYOUT_WIDE), as the seed decks are (PPT2). */
export const SLIDE = { width: 13.333, height: 7.5, margin: 0.5 } as const;
/** Where the content of a slide may go, below its title and above its footer. */
export const CONTENT = { top: 1.3, bottom: 6.5 } as const;
/** The smallest text on any slide, in points: legible on a projector at the deck's size (PPT2). */
export const BODY_PT = 12;
export const FONT = 'Calibri';
export const COLOURS = { text: '1F2937', muted: '4B5563', header: 'DCE6F1', rule: '9CA3AF', accent: '1D4E89' } as const;

/** What every slide carries: its title and a footer naming the board, the day and where it came from, and its number. */
export interface SlideFrame {
  title: string;
  footer: string;
  /** The language of the slide's text, `sv-SE` or `en-GB`, for the viewer's spelling and voice. */
  lang: string;
}

/** The title's box: one line at 24 pt, or two at 18 pt for a longer title (a card's may have 500 characters, LIM1). */
const TITLE = { height: 0.85, points: 24, longPoints: 18 } as const;
/** What ends a title or a footer cut to its box: the slide names the card, the rest is in Tavla (PPT5). */
const CUT = ' …';

/** A title's text and size: at 24 pt when it fits one line, else at 18 pt cut to the two lines that fit (PPT5). */
function fitTitle(title: string, width: number): { text: string; points: number } {
  if (estimateLines(title, width, TITLE.points) <= linesIn(TITLE.height, TITLE.points)) return { text: title, points: TITLE.points };
  return { text: clampText(title, width, TITLE.longPoints, linesIn(TITLE.height, TITLE.longPoints), CUT), points: TITLE.longPoints };
}

/** A new slide with its title at the top and the footer at the bottom, each cut to its box (PPT5). */
export function addFramedSlide(pptx: PptxGenJS, frame: SlideFrame): PptxGenJS.Slide {
  const slide = pptx.addSlide();
  const width = SLIDE.width - 2 * SLIDE.margin;
  const title = fitTitle(frame.title, width);
  slide.addText(title.text, { x: SLIDE.margin, y: 0.3, w: width, h: TITLE.height, lang: frame.lang, fontFace: FONT, fontSize: title.points, bold: true, color: COLOURS.accent, valign: 'middle', fit: 'shrink' });
  const footer = clampText(frame.footer, width - 1, BODY_PT, 1, CUT);
  slide.addText(footer, { x: SLIDE.margin, y: 6.95, w: width - 1, h: 0.35, lang: frame.lang, fontFace: FONT, fontSize: BODY_PT, color: COLOURS.muted, valign: 'middle' });
  // The slide's number, as the viewer counts it, at the footer's right end (PPT1).
  slide.slideNumber = { x: SLIDE.width - SLIDE.margin - 0.8, y: 6.95, w: 0.8, h: 0.35, fontFace: FONT, fontSize: BODY_PT, color: COLOURS.muted, align: 'right' };
  return slide;
}

/**
 * How many lines `text` takes in a box `width` inches wide at `points`: a conservative estimate
 * (a glyph of Calibri is about 0.5 em wide on average), so that a row judged to fit does fit.
 */
export function estimateLines(text: string, width: number, points: number): number {
  const perLine = Math.max(1, Math.floor(((width - 0.2) * 72) / (0.5 * points)));
  return text.split('\n').reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

/** The height in inches of `lines` lines at `points`, with the cell's padding. */
export const linesHeight = (lines: number, points: number): number => (lines * points * 1.2) / 72 + 0.15;

/**
 * `text` cut to at most `lines` lines in a box `width` inches wide at `points` (by estimateLines),
 * ending in `more` when cut: a slide shows what fits and says the rest is in Tavla (PPT5).
 */
export function clampText(text: string, width: number, points: number, lines: number, more: string): string {
  if (estimateLines(text, width, points) <= lines) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (estimateLines(`${text.slice(0, mid).trimEnd()}${more}`, width, points) <= lines) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}${more}`;
}

/** How many lines at `points` fit in `height` inches with the cell's padding (linesHeight's inverse). */
export const linesIn = (height: number, points: number): number => Math.max(1, Math.floor(((height - 0.15) * 72) / (points * 1.2)));
