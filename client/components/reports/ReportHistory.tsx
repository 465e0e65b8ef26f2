import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { REPORT_TEXT_FIELDS } from '../../../shared/schema/report.ts';
import { formatMonth } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useBoard } from '../../state/useBoard.ts';
import { useReports } from '../../state/useReports.ts';

interface ReportHistoryProps {
  /** The assignment shown; undefined until one is chosen. */
  cardId: string | undefined;
  onChooseCard: (cardId: string | undefined) => void;
}

/** One assignment's reports, browsed month by month (RC6), read-only: reports are edited in the card editor. */
export function ReportHistory({ cardId, onChooseCard }: ReportHistoryProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const board = useBoard();
  const reports = useReports(cardId);
  const [chosenMonth, setChosenMonth] = useState<string | undefined>();
  const headingId = useId();
  const selectId = useId();
  const monthRef = useRef<HTMLParagraphElement>(null);
  const cards = board?.cards.filter((c) => !c.archived) ?? [];
  // The chosen month while the assignment has it, else its latest report.
  const found = reports.findIndex((r) => r.month === chosenMonth);
  const index = found >= 0 ? found : reports.length - 1;
  const report = reports[index];

  // A11Y1: the first or last month disables the button just pressed, which would drop focus to
  // <body>; the month's heading takes it then.
  const goTo = (to: number): void => {
    setChosenMonth(reports[to]!.month);
    if (to === 0 || to === reports.length - 1) monthRef.current?.focus();
  };
  const choose = (id: string): void => {
    setChosenMonth(undefined);
    onChooseCard(id === '' ? undefined : id);
  };

  return (
    <section className="report-history" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('reports.history')}</h3>
      <label htmlFor={selectId}>{t('reports.assignment')}</label>{' '}
      <select id={selectId} value={cardId ?? ''} onChange={(event) => choose(event.target.value)}>
        <option value="">{t('card.values.none')}</option>
        {cards.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title || t('card.untitled')}
          </option>
        ))}
      </select>
      {cardId && reports.length === 0 && <p>{t('reports.noReports')}</p>}
      {report && (
        <div className="report-history-month">
          <div className="report-history-nav">
            <button type="button" onClick={() => goTo(index - 1)} disabled={index === 0}>
              <ChevronLeft aria-hidden="true" size={18} /> {t('reports.previous')}
            </button>
            <p ref={monthRef} tabIndex={-1} aria-live="polite" className="report-history-current">
              <strong>{t('reports.reportOf', { month: formatMonth(report.month, lang) })}</strong>{' '}
              <span>({t('reports.position', { position: index + 1, count: reports.length })})</span>
            </p>
            <button type="button" onClick={() => goTo(index + 1)} disabled={index === reports.length - 1}>
              {t('reports.next')} <ChevronRight aria-hidden="true" size={18} />
            </button>
          </div>
          <dl className="report-history-texts">
            {REPORT_TEXT_FIELDS.map((field) => (
              <div key={field}>
                <dt>{t(`card.reports.${field}`)}</dt>
                <dd>{report[field] || t('reports.emptyText')}</dd>
              </div>
            ))}
          </dl>
          <p>{report.ready ? t('reports.isReady') : t('reports.isNotReady')}</p>
        </div>
      )}
    </section>
  );
}
