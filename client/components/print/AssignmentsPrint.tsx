import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardSnapshot } from '../../../shared/read/readBoard.ts';
import type { Card } from '../../../shared/schema/card.ts';
import type { ReportTextField } from '../../../shared/schema/report.ts';
import { formatDate, formatMonth } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useReportCycle } from '../../state/useReportCycle.ts';
import { useReports } from '../../state/useReports.ts';
import { LaneTables, type PrintColumn } from './LaneTables.tsx';
import { printedLanes, type CardPredicate, type PrintedLane } from './printedLanes.ts';

/** The four boxes of a monthly report, in the deck's order (000, 002). */
const REPORT_BOXES: readonly ReportTextField[] = ['nextMonth', 'lastMonth', 'comments', 'risks'];

/**
 * An assignments board as the follow-up table of 004 (Status, Uppdrag, Riktas till, Analys,
 * Periodicitet och slutdatum), then every assignment's report of the board's current month (RC1)
 * in the four boxes of 000/002 (PRT2).
 */
export function AssignmentsPrint({ board, filter }: { board: BoardSnapshot; filter: CardPredicate | undefined }) {
  const { t } = useTranslation();
  const lanes = useMemo(() => printedLanes(board, filter), [board, filter]);
  const columns: PrintColumn[] = [
    { key: 'status', header: t('print.assignments.status'), cell: (card) => card.status && t(`card.values.status.${card.status}`) },
    { key: 'title', header: t('print.assignments.title'), cell: (card) => card.title },
    { key: 'directedTo', header: t('print.assignments.directedTo'), cell: (card) => card.directedTo },
    { key: 'analysis', header: t('print.assignments.analysis'), cell: (card) => card.analysis },
    {
      key: 'periodicity',
      header: t('print.assignments.periodicity'),
      cell: (card) => [card.periodicity, card.deadline && formatDate(card.deadline)].filter(Boolean).join('; '),
    },
  ];
  return (
    <>
      <LaneTables lanes={lanes} columns={columns} />
      <MonthReports lanes={lanes} />
    </>
  );
}

function MonthReports({ lanes }: { lanes: readonly PrintedLane[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const month = useReportCycle().currentMonth;
  if (month === undefined) return null;
  const reporting = lanes.flatMap((lane) => lane.cards).filter((card) => card.reportMonths?.includes(month));
  return (
    <section className="print-reports" aria-labelledby="print-reports">
      <h2 id="print-reports">{t('print.reports', { month: formatMonth(month, lang) })}</h2>
      {reporting.length === 0 && <p>{t('print.noReports', { month: formatMonth(month, lang) })}</p>}
      {reporting.map((card) => (
        <MonthReport key={card.id} card={card} month={month} />
      ))}
    </section>
  );
}

/** One assignment's report of `month` in its four boxes; a draft only says that none is ready (PRT5). */
function MonthReport({ card, month }: { card: Card; month: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const report = useReports(card.id).find((r) => r.month === month);
  if (!report) return null;
  return (
    <article className="print-report" aria-label={card.title}>
      <h3>{card.title}</h3>
      {/* PRT5: a draft (RC5), often the month before's text as openMonth prefilled it (RC3), is not what was reported. */}
      {!report.ready ? (
        <p className="print-report-draft">{t('print.notReady', { month: formatMonth(month, lang) })}</p>
      ) : (
        <dl>
          {REPORT_BOXES.map((box) => (
            <div key={box} className="print-report-box">
              <dt>{t(`print.report.${box}`)}</dt>
              <dd>{report[box]}</dd>
            </div>
          ))}
        </dl>
      )}
    </article>
  );
}
