import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarPlus } from 'lucide-react';
import { MAX_REPORT_TEXT_LENGTH } from '../../../shared/schema/limits.ts';
import { REPORT_TEXT_FIELDS, type Report, type ReportTextField } from '../../../shared/schema/report.ts';
import { formatMonth } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useBoardActions } from '../../state/useBoardActions.ts';
import { nextReportMonth } from '../../state/nextReportMonth.ts';
import { useBoardMeta } from '../../state/useBoard.ts';
import { useReports } from '../../state/useReports.ts';
import { useReportTextInput } from '../../state/useTextInputs.ts';
import { useBoardCommands } from '../../state/BoardCommands.tsx';

/** An assignment's monthly reports, latest first, and "add next month" prefilled from the latest (RC3, as openMonth). */
export function ReportsSection({ cardId }: { cardId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const reports = useReports(cardId);
  const actions = useBoardActions();
  const { reportError } = useBoardCommands();
  const headingId = useId();
  const currentMonth = useBoardMeta()?.currentMonth;
  const month = nextReportMonth(reports, currentMonth, new Date());

  const add = (): void => {
    try {
      actions.addReport(cardId, month);
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <section className="reports" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('card.reports.heading')}</h3>
      <p>
        <button type="button" onClick={add}>
          <CalendarPlus aria-hidden="true" size={18} /> {t('card.reports.addNext', { month: formatMonth(month, lang) })}
        </button>{' '}
        {reports.length > 0 && <span className="hint">{t('card.reports.addNextHelp')}</span>}
      </p>
      {reports.length === 0 && <p>{t('card.reports.empty')}</p>}
      {[...reports].reverse().map((report) => (
        <ReportItem key={report.month} cardId={cardId} report={report} />
      ))}
    </section>
  );
}

function ReportItem({ cardId, report }: { cardId: string; report: Report }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const actions = useBoardActions();
  return (
    <fieldset className="report">
      <legend>{t('card.reports.month', { month: formatMonth(report.month, lang) })}</legend>
      {REPORT_TEXT_FIELDS.map((field) => (
        <ReportText key={field} cardId={cardId} month={report.month} field={field} />
      ))}
      <label className="checkbox">
        <input type="checkbox" checked={report.ready} onChange={(event) => actions.setReportReady(cardId, report.month, event.target.checked)} />
        {t('card.reports.ready')}
      </label>
    </fieldset>
  );
}

function ReportText({ cardId, month, field }: { cardId: string; month: string; field: ReportTextField }) {
  const { t } = useTranslation();
  const { ref, defaultValue, onInput } = useReportTextInput(cardId, month, field);
  return (
    <label>
      {t(`card.reports.${field}`)}
      <textarea ref={ref} defaultValue={defaultValue} onInput={onInput} rows={3} maxLength={MAX_REPORT_TEXT_LENGTH} />
    </label>
  );
}
