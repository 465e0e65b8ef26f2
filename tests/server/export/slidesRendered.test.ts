import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildSeedBoard } from '../../../seeds/buildSeedBoards.ts';
import { hsfAtgarder } from '../../../seeds/data/hsfAtgarder.ts';
import { hsfFmUppdrag2025 } from '../../../seeds/data/hsfFmUppdrag2025.ts';
import { rsDelmal2024 } from '../../../seeds/data/rsDelmal2024.ts';
import { updateBoardMeta } from '../../../shared/ops/board.ts';
import { addReport, setReportReady } from '../../../shared/ops/reports.ts';
import { updateCardField } from '../../../shared/ops/cards.ts';
import { cardText } from '../../../shared/read/cardText.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import { readReports } from '../../../shared/read/readReports.ts';
import { MAX_LINE_LENGTH, MAX_NAME_LENGTH, MAX_PROSE_LENGTH, MAX_REPORT_TEXT_LENGTH } from '../../../shared/schema/limits.ts';
import { boardPptx } from '../../../server/export/boardPptx.ts';
import { CONTENT } from '../../../server/export/slideFrame.ts';
import { pptxSlides } from './pptxText.ts';
import { linesOf, renderSlides, textOf, type RenderedPage } from './libreOffice.ts';

/*
 * The slides as a viewer draws them (PPT2, PPT3, PPT5): LibreOffice Impress renders each deck to a
 * PDF and poppler says where every word landed. Opt-in, since it needs some 160 MB of LibreOffice
 * (scripts/ensure-office-renderer.sh installs it): TAVLA_RENDER_OFFICE=1 npx vitest run <this file>.
 */
const RENDER = process.env.TAVLA_RENDER_OFFICE === '1';
const DATE = '2026-12-04';
const PT = 72;
// slideFrame's boxes: the title from 0.3 to 1.15 in, the content from CONTENT.top to CONTENT.bottom, the footer from 6.95 to 7.3 in.
const TITLE_BOTTOM = 1.15 * PT;
const FOOTER_TOP = 6.95 * PT;
const FOOTER_BOTTOM = 7.3 * PT;
const SLACK = 1;
// poppler's box of a word at 12 pt is 15.6 pt high (its ascent and descent).
const LINE_OF_12_PT = 15;

/** A realistic long text: one of 000's comments over and over, cut to `length`. */
const longText = (length: number): string =>
  'Beredning, riskbedömning inför beslut i HSN i juni. FSG utser deltagare till RoK. Underlag till HSN i form av tjänsteskrivelse görs. '.repeat(Math.ceil(length / 120)).slice(0, length).trimEnd();

function setText(doc: Y.Doc, cardId: string, field: string, value: string): void {
  const text = cardText(doc, cardId, field)!;
  doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, value);
  });
}

/** The deck of `doc` as bytes and as rendered pages, with its footer. */
function deckOf(doc: Y.Doc): Promise<Uint8Array> {
  return boardPptx(readBoard(doc), { language: 'sv', date: DATE, reportsOf: (id) => readReports(doc, id) });
}

/**
 * Every word of a rendered slide that lies where no box of the slide is: past the page; in the title
 * band but below it; in the content but past its bottom, or past the top of the lane's "Summa" line
 * on a table slide; or on the footer's line without being the footer. Empty when the slide is laid out.
 */
function misplaced(page: RenderedPage, number: number, footer: string): string[] {
  const wrong: string[] = [];
  const at = (what: string, words: RenderedPage['words']) => words.length > 0 && wrong.push(`slide ${number}: ${what}: ${textOf(words).slice(0, 80)}`);
  at('off the page', page.words.filter((w) => w.xMin < 0 || w.yMin < 0 || w.xMax > page.width + SLACK || w.yMax > page.height + SLACK));
  // PPT2 as drawn: a box that shrinks its text to fit ("fit: shrink") must never take it under 12 pt.
  at('under 12 pt', page.words.filter((w) => w.yMax - w.yMin < LINE_OF_12_PT));
  const lines = linesOf(page.words);
  const footerLines = lines.filter((line) => line[0]!.yMin >= FOOTER_TOP - SLACK);
  at('below the footer', footerLines.flat().filter((w) => w.yMax > FOOTER_BOTTOM + SLACK));
  // The slide's number sits a little higher than the footer's words, at its right.
  const footing = textOf(footerLines.flat().sort((a, b) => a.xMin - b.xMin));
  // A footer of a board titled at 500 characters is cut to its line ("… 3"), a short one is whole.
  const cut = footer.length > 150 && footing.startsWith(footer.slice(0, 40)) && footing.endsWith(`… ${number}`);
  if (footing !== `${footer} ${number}` && !cut) wrong.push(`slide ${number}: footer reads "${footing}"`);
  const body = lines.filter((line) => !footerLines.includes(line));
  at('between the title and the content', body.flat().filter((w) => w.yMax > TITLE_BOTTOM + SLACK && w.yMin < CONTENT.top * PT - SLACK));
  const sum = body.find((line) => line[0]!.text === 'Summa:');
  const bottom = sum ? sum[0]!.yMin : CONTENT.bottom * PT;
  at(sum ? 'over the lane’s sum' : 'past the content’s bottom', body.filter((line) => line !== sum).flat().filter((w) => w.yMin >= CONTENT.top * PT - SLACK && w.yMax > bottom + SLACK));
  if (sum) at('sum past the content’s bottom', sum.filter((w) => w.yMax > CONTENT.bottom * PT + SLACK));
  return wrong;
}

/** Renders `doc`'s deck and checks it: a page per slide, each laid out; gives the pages' lines. */
async function expectLaidOut(doc: Y.Doc): Promise<string[][]> {
  const bytes = await deckOf(doc);
  const pages = renderSlides(bytes);
  expect(pages).toHaveLength(pptxSlides(bytes).slides.length);
  const footer = `${readBoard(doc).meta.title} · ${DATE} · Exporterad från Tavla`;
  expect(pages.flatMap((page, i) => misplaced(page, i + 1, footer))).toEqual([]);
  return pages.map((page) => linesOf(page.words).map(textOf));
}

describe.skipIf(!RENDER)('the slides as LibreOffice draws them (TAVLA_RENDER_OFFICE=1)', () => {
  beforeAll(() => {
    execFileSync('sh', ['scripts/ensure-office-renderer.sh'], { stdio: 'inherit' });
  }, 600_000);

  it('[PPT3] the seeded measures deck: every row inside its slide above the lane’s sum, the continuation slides there', async () => {
    const lines = await expectLaidOut(buildSeedBoard(hsfAtgarder));
    const titles = lines.map((page) => page[0]);
    expect(titles).toContain('Åtgärder som kräver politisk beredning (forts. 2/2)');
    expect(titles.some((title) => title?.startsWith('Åtgärder som beslutas på tjänstemannanivå (forts. 2/'))).toBe(true);
  }, 120_000);

  it('[PPT5] a measures board whose every text is as long as the document allows, its title too: each row fits its slide, cut where it says so, the title and footer in their boxes', async () => {
    const doc = buildSeedBoard(hsfAtgarder);
    updateBoardMeta(doc, 'title', longText(MAX_LINE_LENGTH));
    const names = Array.from({ length: 8 }, (_, i) => `${i} ${longText(MAX_NAME_LENGTH - 2)}`);
    for (const card of readBoard(doc).cards) {
      setText(doc, card.id, 'title', longText(MAX_LINE_LENGTH));
      setText(doc, card.id, 'comment', longText(MAX_PROSE_LENGTH));
      updateCardField(doc, card.id, 'unit', longText(MAX_LINE_LENGTH));
      updateCardField(doc, card.id, 'staffCategory', longText(MAX_LINE_LENGTH));
      updateCardField(doc, card.id, 'responsible', names);
    }
    const lines = await expectLaidOut(doc);
    expect(lines.flat().join(' ')).toContain('(hela texten finns i Tavla)');
  }, 120_000);

  it('[PPT4] the seeded assignments deck: each report’s four boxes inside the slide', async () => {
    await expectLaidOut(buildSeedBoard(hsfFmUppdrag2025));
  }, 120_000);

  it('[PPT5] an assignment whose title, "Riktas till" and four boxes are as long as the document allows, on a board of as long a title: all inside its slide', async () => {
    const doc = buildSeedBoard(hsfFmUppdrag2025);
    updateBoardMeta(doc, 'title', longText(MAX_LINE_LENGTH));
    const [card] = readBoard(doc).cards;
    setText(doc, card!.id, 'title', longText(MAX_LINE_LENGTH));
    updateCardField(doc, card!.id, 'directedTo', longText(MAX_LINE_LENGTH));
    const text = longText(MAX_REPORT_TEXT_LENGTH);
    addReport(doc, card!.id, '2025-09', { nextMonth: text, lastMonth: text, comments: text, risks: text });
    setReportReady(doc, card!.id, '2025-09', true);
    await expectLaidOut(doc);
  }, 120_000);

  it('[PPT3] the seeded general deck: every row inside its slide', async () => {
    await expectLaidOut(buildSeedBoard(rsDelmal2024));
  }, 120_000);
});
