import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildSeedBoard } from '../../../seeds/buildSeedBoards.ts';
import { hsfAtgarder } from '../../../seeds/data/hsfAtgarder.ts';
import { hsfFmUppdrag2025 } from '../../../seeds/data/hsfFmUppdrag2025.ts';
import { rsDelmal2024 } from '../../../seeds/data/rsDelmal2024.ts';
import { updateBoardMeta } from '../../../shared/ops/board.ts';
import { archiveCard, updateCardField } from '../../../shared/ops/cards.ts';
import { openMonth } from '../../../shared/ops/reportCycle.ts';
import { addReport, setReportReady } from '../../../shared/ops/reports.ts';
import { cardText } from '../../../shared/read/cardText.ts';
import { MAX_LINE_LENGTH, MAX_PROSE_LENGTH, MAX_REPORT_TEXT_LENGTH } from '../../../shared/schema/limits.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import { readReports } from '../../../shared/read/readReports.ts';
import type { Card } from '../../../shared/schema/card.ts';
import { boardPptx, type PptxOptions } from '../../../server/export/boardPptx.ts';
import { paginateRows } from '../../../server/export/measureSlides.ts';
import { BODY_PT, estimateLines, linesIn } from '../../../server/export/slideFrame.ts';
import { pptxSlides, type SlideText } from './pptxText.ts';

const DATE = '2025-05-20';
const POLITICAL = 'Åtgärder som kräver politisk beredning';
const OFFICIAL = 'Åtgärder som beslutas på tjänstemannanivå';
const HEADER = ['Verksamhet', 'Personal kat', 'Åtgärd', 'Ekonomisk effekt tkr/år', 'Kommentar', 'Beredningsansvarig'];
// The grouping space is a no-break space, so a sum never wraps on the slide.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

async function slidesOf(doc: Y.Doc, options: Partial<PptxOptions> = {}) {
  const bytes = await boardPptx(readBoard(doc), { language: 'sv', date: DATE, reportsOf: (id) => readReports(doc, id), ...options });
  return pptxSlides(bytes);
}

/** The table rows of the slides whose title starts with `lane`, header rows left out. */
const laneRows = (slides: SlideText[], lane: string): string[][] =>
  slides.filter((s) => s.runs[0]!.startsWith(lane)).flatMap((s) => s.rows.slice(1));

describe('the slides of a measures board (PPT1–PPT3)', () => {
  it('[PPT3] puts every row of 000 on its lane’s slides in 000’s columns, stage by stage, with "Summa: 157 000" and "80 000" computed, the unknown effect as "?"', async () => {
    const { slides } = await slidesOf(buildSeedBoard(hsfAtgarder));
    const tables = slides.filter((s) => s.rows.length > 0);
    for (const slide of tables) expect(slide.rows[0]).toEqual(HEADER);

    const political = laneRows(slides, POLITICAL);
    // 000's rows, stage by stage as the board's columns run (a stable sort keeps 000's order within a stage).
    const stage = (id: string) => hsfAtgarder.columns.findIndex((column) => column.id === id);
    const inOrder = hsfAtgarder.cards.filter((c) => c.decisionLevel === 'political').sort((a, b) => stage(a.stage) - stage(b.stage));
    expect(political.map((row) => row[2])).toEqual(inOrder.map((c) => c.title));
    expect(political[0]!.slice(0, 4).map(plain)).toEqual(['Närsjukvård Södra Lappland', 'All personal', 'Akutvårdsplatser sjukstugor', '20 000']);
    expect(political[0]![5]).toBe('Isabell Zemrén\nEwelina Ogenblad\nVerksamhetsrepresentanter');
    expect(political[0]![4]).toContain('FSG utser deltagare till RoK.');

    const official = laneRows(slides, OFFICIAL);
    expect(official).toHaveLength(hsfAtgarder.cards.filter((c) => c.decisionLevel === 'official').length);
    expect(official.find((row) => row[2] === 'Se över möjlighet till centrumbildningar')![3]).toBe('?');

    const sums = (lane: string) => slides.filter((s) => s.runs[0]!.startsWith(lane)).map((s) => plain(s.runs.find((r) => r.startsWith('Summa'))!));
    expect(new Set(sums(POLITICAL))).toEqual(new Set(['Summa: 157 000 tkr/år']));
    expect(new Set(sums(OFFICIAL))).toEqual(new Set(['Summa: 80 000 tkr/år (1 okänd)']));
  });

  it('[PPT3] continues a lane whose rows do not fit on further slides, each row on exactly one slide, never split', async () => {
    const { slides } = await slidesOf(buildSeedBoard(hsfAtgarder));
    const titles = slides.map((s) => s.runs[0]);
    expect(titles).toContain(`${POLITICAL} (forts. 2/2)`);
    expect(titles.filter((t) => t!.startsWith(POLITICAL))).toEqual([POLITICAL, `${POLITICAL} (forts. 2/2)`]);
    const all = slides.flatMap((s) => s.rows.slice(1).map((row) => row[2]));
    expect(all.sort()).toEqual(hsfAtgarder.cards.map((c) => c.title).sort());
  });

  it('[PPT3] paginates rows in order, as many as fit under the header, a row taller than a slide alone', () => {
    expect(paginateRows([1, 1, 1, 1], 0.5, 3)).toEqual([[0, 1], [2, 3]]);
    expect(paginateRows([1, 5, 1], 0.5, 3)).toEqual([[0], [1], [2]]);
    expect(paginateRows([], 0.5, 3)).toEqual([]);
  });

  it('[PPT1] presents what the filter shows and says so; the sums are of the shown cards only; archived cards never', async () => {
    const doc = buildSeedBoard(hsfAtgarder);
    archiveCard(doc, 'primarvardsjour');
    const onlyHsn = (card: Card) => card.decisionBody === 'HSN';
    const { slides } = await slidesOf(doc, { filter: onlyHsn });
    const rows = slides.flatMap((s) => s.rows.slice(1));
    const expected = hsfAtgarder.cards.filter((c) => c.decisionBody === 'HSN' && c.id !== 'primarvardsjour');
    // The archived card is counted in neither (SUM3).
    expect(slides[0]!.runs).toContain(`Exportera det filtrerade: bara de kort filtret visar, ${expected.length} av ${hsfAtgarder.cards.length - 1} kort`);
    expect(rows.map((row) => row[2]).sort()).toEqual(expected.map((c) => c.title).sort());
    const sum = expected.reduce((total, c) => total + (c.effect ?? 0), 0);
    expect(slides.flatMap((s) => s.runs).map(plain)).toContain(`Summa: ${sum.toLocaleString('sv-SE').replace(/\s/g, ' ')} tkr/år`);
    const whole = await slidesOf(buildSeedBoard(hsfAtgarder));
    expect(whole.slides[0]!.runs.join('|')).not.toContain('filtrerade');
  });

  it('[PPT2] is 16:9 with no text under 12 pt, and names the board, the day and Tavla on every slide, numbered', async () => {
    const { presentation, slides } = await slidesOf(buildSeedBoard(hsfAtgarder));
    expect(presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    for (const slide of slides) {
      const sizes = [...slide.xml.matchAll(/ sz="(\d+)"/g)].map(([, sz]) => Number(sz));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1200);
      expect(slide.runs).toContain(`Åtgärder för minskade personalkostnader (HSF) · ${DATE} · Exporterad från Tavla`);
      expect(slide.xml).toMatch(/<a:fld [^>]*type="slidenum"/);
    }
  });

  it('[PPT3] gives a general board the same table of its own fields, lane by lane, with no sum', async () => {
    const { slides } = await slidesOf(buildSeedBoard(rsDelmal2024));
    const tables = slides.filter((s) => s.rows.length > 0);
    for (const slide of tables) expect(slide.rows[0]).toEqual(['Verksamhet', 'Grupp', 'Kort', 'Kommentar', 'Ansvariga']);
    expect(tables.flatMap((s) => s.rows.slice(1).map((row) => row[2])).sort()).toEqual(rsDelmal2024.cards.map((c) => c.title).sort());
    expect(slides.flatMap((s) => s.runs).some((run) => run.startsWith('Summa'))).toBe(false);
  });

  it('[PPT1] marks its text as Swedish, or English when asked', async () => {
    const sv = await slidesOf(buildSeedBoard(hsfAtgarder));
    const langs = (slides: SlideText[]) => new Set(slides.flatMap((s) => [...s.xml.matchAll(/<a:rPr lang="([^"]+)"/g)].map(([, lang]) => lang)));
    expect(langs(sv.slides)).toEqual(new Set(['sv-SE']));
    const { slides } = await slidesOf(buildSeedBoard(hsfAtgarder), { language: 'en' });
    expect(langs(slides)).toEqual(new Set(['en-GB']));
    expect(slides[1]!.runs[0]).toBe('Measures that require political preparation');
    expect(slides[1]!.rows[0]).toEqual(['Unit', 'Staff category', 'Measure', 'Financial effect kSEK/year', 'Comment', 'Responsible for preparation']);
    expect(slides.flatMap((s) => s.runs)).toContain('Total: 157,000 kSEK/year');
  });
});

describe('text longer than a slide (PPT5)', () => {
  const MORE = ' … (hela texten finns i Tavla)';
  const long = (n: number) => Array.from({ length: n }, (_, i) => `ord${i}`).join(' ').slice(0, n);

  it('[PPT5] a comment of the longest length the document allows shows what fits on its own slide and says the rest is in Tavla', async () => {
    const doc = buildSeedBoard(hsfAtgarder);
    const comment = cardText(doc, 'primarvardsjour', 'comment')!;
    doc.transact(() => comment.insert(comment.length, long(MAX_PROSE_LENGTH - comment.length)));
    const { slides } = await slidesOf(doc);
    const row = slides.flatMap((s) => s.rows.slice(1)).find((r) => r[2] === 'Primärvårdsjour')!;
    expect(row[4]!.endsWith(MORE)).toBe(true);
    expect(row[4]!.length).toBeLessThan(MAX_PROSE_LENGTH / 2);
    expect(estimateLines(row[4]!, 3.73, BODY_PT)).toBeLessThanOrEqual(linesIn(5.2 - 0.5, BODY_PT));
    expect(slides.flatMap((s) => s.rows.slice(1)).map((r) => r[2]).sort()).toEqual(hsfAtgarder.cards.map((c) => c.title).sort());
  });

  it('[PPT5] a report box of the longest text allowed is cut to its box, the others are whole', async () => {
    const doc = buildSeedBoard(hsfFmUppdrag2025);
    addReport(doc, 'personalkostnad-rs', '2025-09', { nextMonth: long(MAX_REPORT_TEXT_LENGTH), lastMonth: 'Kort text.', comments: '', risks: '' });
    setReportReady(doc, 'personalkostnad-rs', '2025-09', true);
    const { slides } = await slidesOf(doc, { filter: (card) => card.id === 'personalkostnad-rs' });
    const september = slides.find((s) => s.runs.some((r) => r.startsWith('september 2025')))!;
    expect(september.runs.find((r) => r.startsWith('ord0'))!.endsWith(MORE)).toBe(true);
    expect(september.runs).toContain('Kort text.');
  });
  it('[PPT5] a title, a "Riktas till" and a footer longer than their boxes are cut to them with "…": at 18 pt, a title takes two lines, never shrunk by the viewer', async () => {
    const doc = buildSeedBoard(hsfFmUppdrag2025);
    updateBoardMeta(doc, 'title', long(MAX_LINE_LENGTH));
    const card = readBoard(doc).cards[0]!;
    const title = cardText(doc, card.id, 'title')!;
    doc.transact(() => title.insert(title.length, ` ${long(MAX_LINE_LENGTH - title.length - 1)}`));
    updateCardField(doc, card.id, 'directedTo', long(MAX_LINE_LENGTH));
    const { slides } = await slidesOf(doc, { filter: (c) => c.id === card.id });
    const [cover, first] = slides;
    for (const slide of [cover!, first!]) {
      // PowerPoint shrinks a box's text only once it is edited, so the title is sized and cut here (PPT2).
      expect(slide.xml).toMatch(/<a:rPr lang="sv-SE"[^>]* sz="1800" b="1"/);
      expect(slide.runs[0]!.endsWith(' …')).toBe(true);
      expect(estimateLines(slide.runs[0]!, 12.333, 18)).toBeLessThanOrEqual(2);
      const footer = slide.runs.find((run) => run.startsWith('ord0') && run !== slide.runs[0])!;
      expect(footer.endsWith(' …')).toBe(true);
      expect(estimateLines(footer, 11.333, BODY_PT)).toBe(1);
    }
    const subtitle = first!.runs.find((run) => run.startsWith('mars 2025 · Riktas till: ord0'))!;
    expect(subtitle.endsWith(' …')).toBe(true);
    expect(estimateLines(subtitle, 12.333, 16)).toBe(1);
  });
});

describe('the slides of an assignments board (PPT4)', () => {
  it('[PPT4] gives one slide per assignment and month, months ascending, with the four boxes of 000/002 and their text', async () => {
    const doc = buildSeedBoard(hsfFmUppdrag2025);
    const { slides } = await slidesOf(doc);
    const board = readBoard(doc);
    const expected = board.cards
      .flatMap((card, order) => readReports(doc, card.id).map((report) => ({ card, report, order })))
      .sort((a, b) => a.report.month.localeCompare(b.report.month) || a.order - b.order);
    expect(expected.length).toBeGreaterThan(4);
    const reportSlides = slides.slice(1);
    expect(reportSlides).toHaveLength(expected.length);
    reportSlides.forEach((slide, i) => {
      const { card, report } = expected[i]!;
      expect(slide.runs[0]).toBe(`FM Uppdrag, ${card.title}`);
      const text = slide.runs.join('\n');
      for (const box of ['Kommande månad', 'Senaste månaden', 'Kommentarer', 'Uppkomna risker och eventuellt behov av stöd']) expect(slide.runs).toContain(box);
      for (const part of [report.nextMonth, report.lastMonth, report.comments, report.risks]) expect(text).toContain(part.split('\n')[0]);
    });
    expect(reportSlides[0]!.runs).toContain('mars 2025 · Riktas till: HSN');
  });

  it('[PPT4] an assignment the filter hides has no slide', async () => {
    const doc = buildSeedBoard(hsfFmUppdrag2025);
    const { slides } = await slidesOf(doc, { filter: (card) => card.id === 'personalkostnad-run' });
    expect(slides.slice(1).map((s) => s.runs[0])).toEqual(['FM Uppdrag, Minska personalkostnaden RUN']);
  });

  it('[PPT6] a report not marked ready shows "Ingen rapport klar för <månad>" and none of its text, even the month before’s that openMonth copied into it; marked ready, it shows its boxes', async () => {
    const doc = buildSeedBoard(hsfFmUppdrag2025);
    openMonth(doc, '2025-06');
    const june = (slides: SlideText[]) => slides.filter((s) => s.runs.some((r) => r.startsWith('juni 2025')));
    const { slides } = await slidesOf(doc);
    const drafts = june(slides);
    expect(drafts.length).toBeGreaterThan(1);
    for (const slide of drafts) {
      expect(slide.runs).toContain('Ingen rapport klar för juni 2025');
      expect(slide.runs).not.toContain('Kommande månad');
      // RC3 prefilled June from the latest month before: not one box's text of it reaches the slide.
      const card = readBoard(doc).cards.find((c) => slide.runs[0] === `FM Uppdrag, ${c.title}`)!;
      const draft = readReports(doc, card.id).find((r) => r.month === '2025-06')!;
      for (const box of [draft.nextMonth, draft.lastMonth, draft.comments, draft.risks].filter(Boolean)) expect(slide.runs.join('\n')).not.toContain(box.split('\n')[0]);
    }
    const may = slides.filter((s) => s.runs.some((r) => r.startsWith('maj 2025')));
    for (const slide of may) expect(slide.runs).toContain('Kommande månad');

    const [first] = readBoard(doc).cards.filter((c) => c.reportMonths?.includes('2025-06'));
    setReportReady(doc, first!.id, '2025-06', true);
    const ready = june((await slidesOf(doc)).slides).find((s) => s.runs[0] === `FM Uppdrag, ${first!.title}`)!;
    expect(ready.runs).toContain('Kommande månad');
    expect(ready.runs).not.toContain('Ingen rapport klar för juni 2025');
    const english = (await slidesOf(doc, { language: 'en' })).slides.flatMap((s) => s.runs);
    expect(english.filter((r) => r === 'No report ready for June 2025')).toHaveLength(drafts.length - 1);
  });
});
