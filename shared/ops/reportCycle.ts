import * as Y from 'yjs';
import { SchemaError } from '../schema/errors.ts';
import { REPORT_TEXT_FIELDS, type Report, type ReportTextField } from '../schema/report.ts';
import { isoMonth } from '../schema/values.ts';
import { getCardsMap, getMeta } from '../doc.ts';
import { readBoard } from '../read/readBoard.ts';
import { readReports } from '../read/readReports.ts';
import { isReporting } from '../read/reportCycle.ts';
import { requireKind } from './lookup.ts';

/**
 * The texts a new month's report starts with (RC3): each of the four boxes of the latest
 * earlier report, as it is. The FM slides of 000 and 002 were made this way: each box was
 * edited from the same box of the month before ("Anpassning av arbetet med hänsyn till
 * Cosmic" under Kommande månad became "Fortsatt anpassning …" there; comments and risks carry
 * over nearly word for word). Empty texts when there is no earlier report.
 */
export function prefillFrom(previous: Report | undefined): Record<ReportTextField, string> {
  return Object.fromEntries(REPORT_TEXT_FIELDS.map((field) => [field, previous?.[field] ?? ''])) as Record<ReportTextField, string>;
}

/** What openMonth did: the month and the cards whose report it created. */
export interface OpenedMonth {
  month: string;
  created: string[];
}

/**
 * Opens a reporting month on an assignments board (RC1–RC4), in one transaction: sets
 * `currentMonth` and creates, for every assignment that reports (RC2) and has no report for
 * `month` yet, a report prefilled from its latest earlier one (RC3), not ready.
 * Idempotent: an existing report is never touched, and opening the open month again with
 * nothing missing writes nothing at all. Refuses a month before the current one.
 */
export function openMonth(doc: Y.Doc, month: string, origin: unknown = null): OpenedMonth {
  if (requireKind(doc) !== 'assignments') throw new SchemaError('invalid_board', 'kind', 'only an assignments board has a report cycle');
  if (!isoMonth.safeParse(month).success) throw new SchemaError('invalid_month', 'month', `invalid month "${month}": expected YYYY-MM`);
  const meta = getMeta(doc);
  const current = meta.get('currentMonth');
  if (typeof current === 'string' && month < current) {
    throw new SchemaError('invalid_month', 'month', `${month} is before the current month ${current}`);
  }

  const cards = getCardsMap(doc);
  const toCreate: { cardId: string; texts: Record<ReportTextField, string> }[] = [];
  for (const card of readBoard(doc).cards) {
    if (!isReporting(card) || card.reportMonths?.includes(month)) continue;
    const previous = readReports(doc, card.id).filter((r) => r.month < month).at(-1);
    toCreate.push({ cardId: card.id, texts: prefillFrom(previous) });
  }
  if (current === month && toCreate.length === 0) return { month, created: [] };

  doc.transact(() => {
    if (current !== month) meta.set('currentMonth', month);
    for (const { cardId, texts } of toCreate) {
      const card = cards.get(cardId)!;
      let reports = card.get('reports');
      if (!(reports instanceof Y.Map)) {
        // A card written before reports existed (TXT1): made here, so RPT3's race applies to it.
        reports = new Y.Map<unknown>();
        card.set('reports', reports);
      }
      const report = new Y.Map<unknown>();
      (reports as Y.Map<unknown>).set(month, report);
      for (const field of REPORT_TEXT_FIELDS) report.set(field, new Y.Text(texts[field]));
      report.set('ready', false);
    }
  }, origin);
  return { month, created: toCreate.map((c) => c.cardId) };
}
