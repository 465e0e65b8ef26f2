import { describe, expect, it } from 'vitest';
import { hsfFmUppdrag2025 } from '../../seeds/data/hsfFmUppdrag2025.ts';
import { readReports } from '../../shared/read/readReports.ts';
import { built } from './seedBoard.ts';

// 000 and 002, "FM Uppdrag, …": uppdrag, riktas till (only where the slide names it), report months.
const ROWS: [string, string | undefined, string[]][] = [
  ['Minska personalkostnaden HSN', 'HSN', ['2025-03']],
  ['Minska personalkostnaden RUN', 'RUN', ['2025-03']],
  ['Minska personalkostnaden RS', 'RS', ['2025-03']],
  ['Minska hyrberoendet med till 3,7% av egna personalkostnaden', undefined, ['2025-03', '2025-05']],
  ['Utifrån kloka kliniska val och dess struktur genomför prioriteringar för minskad vårdkonsumtion', undefined, ['2025-03']],
  ['Förbättra tillgängligheten med 20% på valda enheter och öppna 25 VP för opererande verksamheter', undefined, ['2025-03', '2025-05']],
  ['Genomför prioriterade åtgärder som syftar till att stärka omställningen till nära vård', undefined, ['2025-03', '2025-05']],
  ['Stärka vår ledning och styrning genom identifierade delaktiviteter 2025', undefined, ['2025-03', '2025-05']],
];

// One telling sentence per report, and the box it belongs in.
const REPORT_TEXTS: [string, string, 'lastMonth' | 'nextMonth' | 'comments' | 'risks', string][] = [
  ['Minska personalkostnaden HSN', '2025-03', 'lastMonth', 'omfatta minst 213 MSEK'],
  ['Minska personalkostnaden RUN', '2025-03', 'nextMonth', 'Efter RUN 9/4 sker möte med politisk styrgrupp den 14/4'],
  ['Minska personalkostnaden RS', '2025-03', 'lastMonth', 'omfatta minst 29,5 MSEK'],
  ['Minska hyrberoendet med till 3,7% av egna personalkostnaden', '2025-03', 'comments', 'minskat med –17 miljoner'],
  ['Minska hyrberoendet med till 3,7% av egna personalkostnaden', '2025-05', 'risks', 'tendens till ökad övertid'],
  ['Utifrån kloka kliniska val och dess struktur genomför prioriteringar för minskad vårdkonsumtion', '2025-03', 'comments', 'Ferenc Sari'],
  ['Förbättra tillgängligheten med 20% på valda enheter och öppna 25 VP för opererande verksamheter', '2025-03', 'comments', 'Tappat personal inom öron och ROC'],
  ['Förbättra tillgängligheten med 20% på valda enheter och öppna 25 VP för opererande verksamheter', '2025-05', 'comments', 'Cosmic,cosmic,cosmic'],
  ['Genomför prioriterade åtgärder som syftar till att stärka omställningen till nära vård', '2025-03', 'nextMonth', 'WS i maj'],
  ['Genomför prioriterade åtgärder som syftar till att stärka omställningen till nära vård', '2025-05', 'lastMonth', 'gemensam WS genomförd i Lycksele'],
  ['Stärka vår ledning och styrning genom identifierade delaktiviteter 2025', '2025-03', 'lastMonth', 'analys av enkätsvar från verksamheter klart'],
  ['Stärka vår ledning och styrning genom identifierade delaktiviteter 2025', '2025-05', 'nextMonth', 'Intern kontroll, Nytt reglemente bereds i styrelsen'],
];

const TEMPLATE_PROMPTS = ['Sammanfatta kort', 'Eventuella kommentarer här', 'Här nämns eventuella risker'];

describe('seed board hsf-fm-uppdrag-2025 (000, 002: fullmäktigeuppdrag)', () => {
  const { doc, board, byTitle, columnTitle } = built(hsfFmUppdrag2025);

  it('is an assignments board of every FM Uppdrag of 000 and 002', () => {
    expect(board.meta).toMatchObject({ title: 'Fullmäktigeuppdrag 2025 (HSF)', kind: 'assignments' });
    expect(board.cards.map((c) => c.title)).toEqual(ROWS.map((r) => r[0]));
  });

  it.each(ROWS)('%s: council assignment under way, riktas till, report months', (title, directedTo, months) => {
    const card = byTitle(title);
    expect(card.source).toBe('council');
    expect(card.status).toBe('ongoing');
    expect(columnTitle(card)).toBe('Pågår');
    expect(card.directedTo).toBe(directedTo);
    expect(card.reportMonths).toEqual(months);
    expect(readReports(doc, card.id).map((r) => r.month)).toEqual(months);
  });

  it.each(REPORT_TEXTS)('%s, %s: %s holds "%s"', (title, month, field, text) => {
    const report = readReports(doc, byTitle(title).id).find((r) => r.month === month);
    expect(report?.[field]).toContain(text);
  });

  it('marks every report ready and keeps none of the slide template prompts', () => {
    for (const card of board.cards) {
      for (const report of readReports(doc, card.id)) {
        expect(report.ready).toBe(true);
        const text = [report.lastMonth, report.nextMonth, report.comments, report.risks].join('\n');
        for (const prompt of TEMPLATE_PROMPTS) expect(text).not.toContain(prompt);
      }
    }
  });

  it('names Olov Norberg as leading the ledning och styrning assignment', () => {
    const card = byTitle('Stärka vår ledning och styrning genom identifierade delaktiviteter 2025');
    expect(card.responsible).toEqual(['Olov Norberg']);
    expect(card.analysis).toBe('Leds av Olov Norberg, Utvecklingsstödet.');
  });
});
