import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildSeedBoard } from '../../seeds/buildSeedBoards.ts';
import { hsfFmUppdrag2025 } from '../../seeds/data/hsfFmUppdrag2025.ts';
import { archiveCard, createCard, updateCardField } from '../../shared/ops/cards.ts';
import { keepReportText } from '../../shared/ops/keepReportText.ts';
import { addReport, editReportText, setReportReady } from '../../shared/ops/reports.ts';
import { openMonth, prefillFrom } from '../../shared/ops/reportCycle.ts';
import { readMeta } from '../../shared/read/readMeta.ts';
import { validateDoc } from '../../shared/schema/validateDoc.ts';
import { getMeta } from '../../shared/doc.ts';
import { readReports } from '../../shared/read/readReports.ts';
import { monthAfter, readReportCycle } from '../../shared/read/reportCycle.ts';
import { docFrom, makeBase, makeDoc } from './helpers/boards.ts';
import { expectConverged } from './helpers/compare.ts';
import { expectRefused } from './helpers/refused.ts';
import { mergeConcurrent, syncAll } from './helpers/sync.ts';

const MARCH = { lastMonth: 'Gjort i mars', nextMonth: 'Plan för april', comments: 'Kommentar', risks: 'Risk' };

/** Three assignments: `a` reported March, `b` has no report, `done` is finished; c1 = Ej påbörjad, c2 = Pågår. */
const setup = (d: Y.Doc) => {
  createCard(d, { id: 'a', column: 'c2', title: 'Uppdrag A', fields: { status: 'ongoing' } });
  createCard(d, { id: 'b', column: 'c1', title: 'Uppdrag B' });
  createCard(d, { id: 'done', column: 'c3', title: 'Klart uppdrag', fields: { status: 'done' } });
  addReport(d, 'a', '2025-03', MARCH);
  setReportReady(d, 'a', '2025-03', true);
};
const board = () => makeDoc({ kind: 'assignments', setup });
const reportOf = (doc: Y.Doc, cardId: string, month: string) => readReports(doc, cardId).find((r) => r.month === month);

describe('openMonth', () => {
  it('[RC4][RC3] creates each reporting assignment\'s report, prefilled from its latest, not ready', () => {
    const doc = board();
    expect(openMonth(doc, '2025-04')).toEqual({ month: '2025-04', created: ['a', 'b'] });
    expect(readMeta(doc).currentMonth).toBe('2025-04');
    expect(reportOf(doc, 'a', '2025-04')).toEqual({ month: '2025-04', ...MARCH, ready: false });
    expect(reportOf(doc, 'b', '2025-04')).toEqual({ month: '2025-04', lastMonth: '', nextMonth: '', comments: '', risks: '', ready: false });
    expect(readReports(doc, 'done')).toEqual([]);
    expect(reportOf(doc, 'a', '2025-03')!.ready).toBe(true);
  });

  it('[RC3] prefills from the latest earlier month, skipping gaps, never from a later one', () => {
    const doc = board();
    addReport(doc, 'a', '2025-07', { comments: 'Juli' });
    openMonth(doc, '2025-05');
    expect(reportOf(doc, 'a', '2025-05')!.comments).toBe('Kommentar');
    expect(prefillFrom(undefined)).toEqual({ lastMonth: '', nextMonth: '', comments: '', risks: '' });
  });

  it('[RC4] is idempotent: opening again writes nothing and keeps typed text; a new card gets its report', () => {
    const doc = board();
    openMonth(doc, '2025-04');
    editReportText(doc, 'a', '2025-04', 'lastMonth', 0, 0, 'Nytt: ');
    const history = Y.encodeStateVector(doc);
    expect(openMonth(doc, '2025-04')).toEqual({ month: '2025-04', created: [] });
    expect(Y.encodeStateVector(doc)).toEqual(history);
    expect(reportOf(doc, 'a', '2025-04')!.lastMonth).toBe('Nytt: Gjort i mars');
    createCard(doc, { id: 'c', column: 'c2', title: 'Nytt uppdrag' });
    expect(openMonth(doc, '2025-04').created).toEqual(['c']);
    expect(reportOf(doc, 'a', '2025-04')!.lastMonth).toBe('Nytt: Gjort i mars');
  });

  it('[RC2] leaves out archived and finished assignments', () => {
    const doc = board();
    archiveCard(doc, 'b');
    updateCardField(doc, 'a', 'status', 'doneWithDeviation');
    expect(openMonth(doc, '2025-04').created).toEqual([]);
    expect(readMeta(doc).currentMonth).toBe('2025-04');
  });

  it('[RC4] refuses other kinds of board, bad months and a month before the current one', () => {
    const doc = board();
    openMonth(doc, '2025-04');
    expectRefused(doc, () => openMonth(doc, '2025-4'), 'invalid_month', 'month');
    expectRefused(doc, () => openMonth(doc, '2025-03'), 'invalid_month', 'month');
    const measures = makeDoc();
    expectRefused(measures, () => openMonth(measures, '2025-04'), 'invalid_board', 'kind');
  });
});

describe('readReportCycle', () => {
  it('[RC5] lists who has not reported: no report, or a report not marked ready', () => {
    const doc = board();
    openMonth(doc, '2025-04');
    createCard(doc, { id: 'late', column: 'c1', title: 'Sent uppdrag' });
    const cycle = readReportCycle(doc);
    expect(cycle).toMatchObject({ currentMonth: '2025-04', opened: true, notReported: ['b', 'late', 'a'] });
    expect(cycle.assignments.map((a) => [a.cardId, a.state])).toEqual([
      ['b', 'draft'],
      ['late', 'missing'],
      ['a', 'draft'],
    ]);
    setReportReady(doc, 'a', '2025-04', true);
    expect(readReportCycle(doc).notReported).toEqual(['b', 'late']);
  });

  it('[RC1] validateDoc accepts a YYYY-MM currentMonth and refuses anything else', () => {
    const doc = board();
    openMonth(doc, '2025-04');
    expect(validateDoc(doc)).toEqual([]);
    getMeta(doc).set('currentMonth', '2025-13');
    expect(validateDoc(doc).map((issue) => issue.path)).toEqual(['meta.currentMonth']);
  });

  it('[RC1] before any month is opened the current month is the latest reported one', () => {
    expect(readReportCycle(board())).toMatchObject({ currentMonth: '2025-03', opened: false, notReported: ['b'] });
    expect(readReportCycle(makeDoc({ kind: 'assignments' }))).toEqual({ opened: false, assignments: [], notReported: [] });
    expect([monthAfter('2025-03'), monthAfter('2025-12')]).toEqual(['2025-04', '2026-01']);
  });

  it('[RC1][RC3] on the seed board: May is current, and opening June prefills each from its latest', () => {
    const doc = buildSeedBoard(hsfFmUppdrag2025);
    const before = readReportCycle(doc);
    expect(before.currentMonth).toBe('2025-05');
    expect(before.notReported).toEqual(['personalkostnad-hsn', 'personalkostnad-run', 'personalkostnad-rs', 'kloka-kliniska-val']);
    expect(openMonth(doc, monthAfter(before.currentMonth!)).created).toHaveLength(8);
    const { month: _m, ready: _r, ...may } = reportOf(doc, 'hyrberoende', '2025-05')!;
    const { month: _m2, ready: _r2, ...march } = reportOf(doc, 'personalkostnad-hsn', '2025-03')!;
    expect(reportOf(doc, 'hyrberoende', '2025-06')).toEqual({ month: '2025-06', ...may, ready: false });
    expect(reportOf(doc, 'personalkostnad-hsn', '2025-06')).toEqual({ month: '2025-06', ...march, ready: false });
    expect(readReportCycle(doc).notReported).toHaveLength(8);
  });
});

describe('openMonth concurrently', () => {
  const base = () => makeBase({ kind: 'assignments', setup });

  it('[RC4] two peers opening the same month converge: one report per assignment, the same prefill', () => {
    const docs = mergeConcurrent(base(), [(d) => void openMonth(d, '2025-04'), (d) => void openMonth(d, '2025-04')]);
    expectConverged(docs);
    for (const doc of docs) {
      expect(readReports(doc, 'a').map((r) => r.month)).toEqual(['2025-03', '2025-04']);
      expect(reportOf(doc, 'a', '2025-04')).toEqual({ month: '2025-04', ...MARCH, ready: false });
      expect(readMeta(doc).currentMonth).toBe('2025-04');
    }
  });

  /**
   * Peers 1 and 2 open April without seeing each other; `type` runs on each peer after its
   * open, then they sync. Yjs keeps peer 2's report maps (the higher client id).
   */
  function openAndType(type: [(d: Y.Doc) => void, (d: Y.Doc) => void], guards: number): Y.Doc[] {
    const docs = [docFrom(base(), 1), docFrom(base(), 2)];
    const stops = docs.flatMap((doc) => {
      const holders = Array.from({ length: guards }, () => keepReportText(doc));
      // Releasing all holders but one must leave the guard running.
      holders.slice(1).forEach((release) => release());
      return holders.slice(0, 1);
    });
    docs.forEach((doc, i) => {
      openMonth(doc, '2025-04');
      type[i]!(doc);
    });
    syncAll(docs);
    syncAll(docs); // the peer that lost replays its text after the first exchange
    stops.forEach((stop) => stop());
    return docs;
  }
  const typeLast = (text: string) => (d: Y.Doc) => editReportText(d, 'a', '2025-04', 'lastMonth', 0, 0, text);
  const nothing = () => {};

  it('[RC4] without keepReportText, text typed into the losing report is lost (the race it guards)', () => {
    const docs = openAndType([typeLast('Peer 1: '), nothing], 0);
    expectConverged(docs);
    expect(reportOf(docs[0]!, 'a', '2025-04')!.lastMonth).toBe('Gjort i mars');
  });

  it('[RC4] keepReportText replays text typed into the losing report into the winner, once', () => {
    const docs = openAndType([typeLast('Peer 1: '), nothing], 1);
    expectConverged(docs);
    for (const doc of docs) expect(reportOf(doc, 'a', '2025-04')!.lastMonth).toBe('Peer 1: Gjort i mars');
  });

  it('[RC4] both peers typing keep both texts; the winner\'s typing is never removed', () => {
    const docs = openAndType([typeLast('Ett '), (d) => editReportText(d, 'a', '2025-04', 'lastMonth', 12, 0, ' Två')], 1);
    expectConverged(docs);
    for (const doc of docs) expect(reportOf(doc, 'a', '2025-04')!.lastMonth).toBe('Ett Gjort i mars Två');
  });

  it('[RC4] a deletion on the losing side is replayed when the winner is untouched', () => {
    const docs = openAndType([(d) => editReportText(d, 'a', '2025-04', 'risks', 0, 4, 'Ingen risk'), nothing], 1);
    expectConverged(docs);
    expect(reportOf(docs[1]!, 'a', '2025-04')!.risks).toBe('Ingen risk');
  });

  it('[RC4] keepReportText is one guard per document, running while anyone holds it', () => {
    const docs = openAndType([typeLast('Peer 1: '), nothing], 2);
    expectConverged(docs);
    expect(reportOf(docs[1]!, 'a', '2025-04')!.lastMonth).toBe('Peer 1: Gjort i mars');
  });

  it('[RC4] text typed by the winning peer needs no replay and is not duplicated', () => {
    const docs = openAndType([nothing, typeLast('Peer 2: ')], 1);
    expectConverged(docs);
    for (const doc of docs) expect(reportOf(doc, 'a', '2025-04')!.lastMonth).toBe('Peer 2: Gjort i mars');
  });
});
