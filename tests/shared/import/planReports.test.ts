import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { hsfFmUppdrag2025 } from '../../../seeds/data/hsfFmUppdrag2025.ts';
import { applyImport } from '../../../shared/import/applyImport.ts';
import type { ImportCell } from '../../../shared/import/importTable.ts';
import { mapHeaders } from '../../../shared/import/mapHeaders.ts';
import { archiveCard } from '../../../shared/ops/cards.ts';
import { planImport } from '../../../shared/import/planImport.ts';
import { planReports } from '../../../shared/import/planReports.ts';
import { readImportRows } from '../../../shared/import/readImportRows.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import { readReports } from '../../../shared/read/readReports.ts';
import { MAX_REPORT_TEXT_LENGTH, MAX_REPORTS_PER_CARD } from '../../../shared/schema/limits.ts';
import { built } from '../../seeds/seedBoard.ts';

const REPORT_HEADER = ['Kort-id', 'Uppdrag', 'Månad', 'Kommande månad', 'Senaste månaden', 'Kommentarer', 'Uppkomna risker och eventuellt behov av stöd', 'Klar för rapportering'];

/** A file's plan on `doc`: a cards sheet of [id, title] rows and a reports sheet under the export's title rows. */
function planFile(doc: Y.Doc, cards: ImportCell[][], reports: ImportCell[][]) {
  const board = readBoard(doc);
  const header = ['Kort-id', 'Uppdrag'];
  const rows = readImportRows('assignments', board.columns, { rows: [header, ...cards] }, 0, mapHeaders('assignments', header));
  const cardPlan = planImport(board, rows);
  const reportPlan = planReports([['Titel'], [], REPORT_HEADER, ...reports], { board, reportsOf: (id) => readReports(doc, id), cards: cardPlan });
  return { cardPlan, reportPlan, outcomes: reportPlan.rows.map((row) => [row.row, row.verdict, ...row.problems.map((p) => p.reason)]) };
}

const copyOf = (doc: Y.Doc): Y.Doc => {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
};

describe('the reports sheet planned (IMP5)', () => {
  const seed = built(hsfFmUppdrag2025);

  it('[IMP5] a report goes to a card on the board or to the new card its id names in the cards sheet; a card whose row is refused, an id nowhere, an archived card, a month twice and a text past LIM1 are refused', () => {
    const doc = copyOf(seed.doc);
    const onBoard = seed.byTitle('Minska personalkostnaden HSN');
    const archived = seed.byTitle('Minska personalkostnaden RS');
    archiveCard(doc, archived.id);
    const [report] = readReports(doc, onBoard.id);
    const same = [onBoard.id, '', report!.month, report!.nextMonth, report!.lastMonth, report!.comments, report!.risks, report!.ready ? 'Ja' : 'Nej'];
    const { cardPlan, reportPlan, outcomes } = planFile(
      doc,
      [['fil-1', 'Nytt uppdrag'], ['fil-2', '']],
      [same, [onBoard.id, '', report!.month, 'x'], ['fil-1', '', '2030-05-01', 'Planerat', '', '', '', 'Yes'], ['fil-2', '', '2030-05', 'a'], ['ingen', '', '2030-05', 'a'], [archived.id, '', '2030-05', 'a'], [onBoard.id, '', '2030-06', 'x'.repeat(MAX_REPORT_TEXT_LENGTH + 1)]],
    );
    expect(outcomes).toEqual([
      [4, 'refused', 'duplicate_id'],
      [5, 'refused', 'duplicate_id'],
      [6, 'create'],
      [7, 'refused', 'card_refused'],
      [8, 'refused', 'unknown_card'],
      [9, 'refused', 'archived_card'],
      [10, 'refused', 'too_long'],
    ]);
    const created = applyImport(doc, { ...cardPlan, reports: reportPlan.writes });
    expect(readReports(doc, created[0]!)).toEqual([{ month: '2030-05', nextMonth: 'Planerat', lastMonth: '', comments: '', risks: '', ready: true }]);
  });

  it('[IMP5][LIM2] an unchanged row writes nothing, a changed readiness only that, and new months past MAX_REPORTS_PER_CARD are refused too_many_reports', () => {
    const doc = copyOf(seed.doc);
    const card = seed.byTitle('Minska personalkostnaden RUN');
    const [report] = readReports(doc, card.id);
    const row = (month: string, ready: string) => [card.id, '', month, report!.nextMonth, report!.lastMonth, report!.comments, report!.risks, ready];
    const months = Array.from({ length: MAX_REPORTS_PER_CARD }, (_, i) => `${2040 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const { reportPlan, outcomes } = planFile(doc, [], [row(report!.month, report!.ready ? 'Ja' : 'Nej'), row(report!.month, report!.ready ? 'Nej' : 'Ja'), ...months.map((month) => row(month, ''))]);
    expect(outcomes.slice(0, 2)).toEqual([
      [4, 'refused', 'duplicate_id'],
      [5, 'refused', 'duplicate_id'],
    ]);
    const added = outcomes.slice(2);
    expect(added.filter(([, verdict]) => verdict === 'create')).toHaveLength(MAX_REPORTS_PER_CARD - 1);
    expect(added.at(-1)).toEqual([5 + MAX_REPORTS_PER_CARD, 'refused', 'too_many_reports']);
    expect(reportPlan.writes.every((write) => write.cardId === card.id && !write.exists)).toBe(true);

    const ready = planFile(copyOf(seed.doc), [], [row(report!.month, report!.ready ? 'Nej' : 'Ja'), row('2040-01', '')]);
    expect(ready.reportPlan.writes[0]).toEqual({ cardId: card.id, month: report!.month, exists: true, texts: {}, ready: !report!.ready });
    expect(planFile(copyOf(seed.doc), [], [row(report!.month, report!.ready ? 'Ja' : 'Nej')]).outcomes).toEqual([[4, 'unchanged']]);
  });
});
