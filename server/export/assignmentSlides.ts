import type PptxGenJS from 'pptxgenjs';
import type { Card } from '../../shared/schema/card.ts';
import type { Report } from '../../shared/schema/report.ts';
import { BODY_PT, COLOURS, CONTENT, FONT, SLIDE, addFramedSlide, clampText, estimateLines, linesHeight, linesIn } from './slideFrame.ts';
import { slideMonth, type SlideLabels, type SlideLanguage } from './slideLabels.ts';

/** The four boxes of 000/002, in their order: the coming month and the last one above, comments and risks below. */
const BOXES = ['nextMonth', 'lastMonth', 'comments', 'risks'] as const;
const GAP = 0.25;
const SUBTITLE_HEIGHT = 0.4;
const SUBTITLE_PT = 16;

/** 14 pt when every box's text is estimated to fit at it, else the body size (PPT4). */
function boxFontSize(report: Report, width: number, height: number): number {
  return BOXES.every((box) => linesHeight(estimateLines(report[box], width, 14) + 1.4, 14) <= height) ? 14 : BODY_PT;
}

/**
 * One slide per assignment and month (PPT4): months ascending, then the assignments in board
 * order, as the monthly decks present them; each with the four boxes of 000/002 when the report
 * is marked ready, else "Ingen rapport klar för <månad>" and none of the draft's text (PPT6).
 */
export function addAssignmentSlides(
  pptx: PptxGenJS,
  cards: readonly Card[],
  reports: (cardId: string) => readonly Report[],
  language: SlideLanguage,
  labels: SlideLabels,
  footer: string,
): number {
  const slides = cards.flatMap((card, order) => reports(card.id).map((report) => ({ card, report, order })));
  slides.sort((a, b) => (a.report.month < b.report.month ? -1 : a.report.month > b.report.month ? 1 : a.order - b.order));
  const width = (SLIDE.width - 2 * SLIDE.margin - GAP) / 2;
  const top = CONTENT.top + SUBTITLE_HEIGHT + 0.1;
  const height = (CONTENT.bottom - top - GAP) / 2;
  for (const { card, report } of slides) {
    const kind = card.source === 'council' ? labels.councilAssignment : labels.assignment;
    const slide = addFramedSlide(pptx, { title: `${kind}, ${card.title}`, footer, lang: labels.locale });
    const month = slideMonth(report.month, language);
    // PPT5: one line under the title, a long "Riktas till" cut to it.
    const subtitle = clampText([month, card.directedTo && `${labels.directedTo}: ${card.directedTo}`].filter(Boolean).join(' · '), SLIDE.width - 2 * SLIDE.margin, SUBTITLE_PT, 1, ' …');
    slide.addText(subtitle, { x: SLIDE.margin, y: CONTENT.top, w: SLIDE.width - 2 * SLIDE.margin, h: SUBTITLE_HEIGHT, lang: labels.locale, fontFace: FONT, fontSize: SUBTITLE_PT, color: COLOURS.muted });
    // PPT6: a draft (RC5), often the month before's text as openMonth prefilled it (RC3), is not what was reported.
    if (!report.ready) {
      slide.addText(labels.notReady(month), { x: SLIDE.margin, y: top, w: SLIDE.width - 2 * SLIDE.margin, h: 1, lang: labels.locale, fontFace: FONT, fontSize: 20, bold: true, color: COLOURS.muted, valign: 'top' });
      continue;
    }
    const points = boxFontSize(report, width, height);
    BOXES.forEach((box, i) => {
      const text: PptxGenJS.TextProps[] = [
        { text: labels[box], options: { bold: true, color: COLOURS.accent, breakLine: true } },
        // PPT5: a text longer than its box shows what fits at the body size (less the heading's line).
        { text: points > BODY_PT ? report[box] : clampText(report[box], width, BODY_PT, linesIn(height, BODY_PT) - 2, labels.more), options: { color: COLOURS.text } },
      ];
      slide.addText(text, {
        x: SLIDE.margin + (i % 2) * (width + GAP),
        y: top + Math.floor(i / 2) * (height + GAP),
        w: width,
        h: height,
        lang: labels.locale,
        fontFace: FONT,
        fontSize: points,
        valign: 'top',
        fit: 'shrink',
        line: { color: COLOURS.rule, width: 0.75 },
      });
    });
  }
  return slides.length;
}
