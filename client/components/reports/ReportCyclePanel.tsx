import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarPlus, CheckCircle2, CircleDashed, CircleSlash, History } from 'lucide-react';
import { monthAfter, monthOf, type AssignmentReportState } from '../../../shared/read/reportCycle.ts';
import { SchemaError } from '../../../shared/schema/errors.ts';
import { formatMonth } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useEditAccess } from '../../auth/EditAccessContext.ts';
import { useBoardContext } from '../../state/BoardContext.tsx';
import { useBoardActions } from '../../state/useBoardActions.ts';
import { ReportHistory } from './ReportHistory.tsx';
import { useReportCycle } from '../../state/useReportCycle.ts';
import './ReportCyclePanel.css';

/**
 * The monthly report cycle of an assignments board: the current month, "open next month",
 * who has not reported (with "mark ready"), and one assignment's reports month by month.
 * Writes go through the board's actions with the BoardProvider's origin, so this user's undo covers
 * them. Opening months and creating reports are the board's (hidden when read-only); marking ready
 * is offered on the cards this user may change.
 */
export function ReportCyclePanel() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const cycle = useReportCycle();
  const actions = useBoardActions();
  const { store } = useBoardContext();
  const { readOnly, canEditCard } = useEditAccess();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [historyCard, setHistoryCard] = useState<string | undefined>();
  // The card whose row takes focus after an action removed or added rows (A11Y1); null: the list's heading.
  const [focusAfter, setFocusAfter] = useState<{ cardId: string | null } | undefined>();
  const headingId = useId();
  const helpId = useId();
  const current = cycle.currentMonth;
  const next = current ? monthAfter(current) : monthOf(new Date());

  const run = useCallback(
    (write: () => void) => {
      setError(null);
      try {
        write();
      } catch (cause) {
        const reason = cause instanceof SchemaError ? t(`board.errors.${cause.code}`, { field: cause.field }) : String(cause);
        setError(t('board.error', { reason }));
      }
    },
    [t],
  );
  const open = (month: string, focusCreated = false): void =>
    run(() => {
      const { created } = actions.openMonth(month);
      setStatus(t('reports.opened', { month: formatMonth(month, lang), count: created.length }));
      if (focusCreated) setFocusAfter({ cardId: created[0] ?? null });
    });
  const markReady = (cardId: string, nextCardId: string | null): void =>
    run(() => {
      actions.setReportReady(cardId, current!, true);
      setStatus(t('reports.markedReady', { title: store.getCard(cardId)?.title || t('card.untitled') }));
      setFocusAfter({ cardId: nextCardId });
    });

  return (
    <section className="report-cycle" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reports.heading')}</h2>
      <div className="report-cycle-month">
        <p>
          <strong>{current ? t('reports.currentMonth', { month: formatMonth(current, lang) }) : t('reports.noMonth')}</strong>
          {current && !cycle.opened && <span className="report-cycle-note"> {t('reports.derived')}</span>}
        </p>
        {!readOnly && (
          <>
            <button type="button" onClick={() => open(next)} aria-describedby={helpId}>
              <CalendarPlus aria-hidden="true" size={18} />{' '}
              {current ? t('reports.openNext', { month: formatMonth(next, lang) }) : t('reports.openFirst', { month: formatMonth(next, lang) })}
            </button>
            <span id={helpId} className="report-cycle-note">
              {t('reports.openNextHelp')}
            </span>
          </>
        )}
      </div>
      <p role="status" className="report-cycle-status">
        {status}
      </p>
      {error && (
        <p role="alert" className="report-cycle-error">
          {error}
        </p>
      )}
      {current && (
        <NotReported
          month={current}
          assignments={cycle.assignments.filter((a) => a.state !== 'ready')}
          onCreateMissing={readOnly ? undefined : () => open(current, true)}
          onMarkReady={markReady}
          focusAfter={focusAfter}
          canMarkReady={(cardId) => {
            const card = store.getCard(cardId);
            return card !== undefined && canEditCard(card);
          }}
          onShowHistory={setHistoryCard}
        />
      )}
      <ReportHistory cardId={historyCard} onChooseCard={setHistoryCard} />
    </section>
  );
}

const STATE_ICONS = { missing: CircleSlash, draft: CircleDashed, ready: CheckCircle2 } as const;

interface NotReportedProps {
  month: string;
  assignments: readonly AssignmentReportState[];
  /** Absent when this user may not create reports. */
  onCreateMissing: (() => void) | undefined;
  /** `nextCardId`: the row that takes focus once this one leaves the list. */
  onMarkReady: (cardId: string, nextCardId: string | null) => void;
  focusAfter: { cardId: string | null } | undefined;
  canMarkReady: (cardId: string) => boolean;
  onShowHistory: (cardId: string) => void;
}

/** The assignments that have not reported `month` (RC5): no report, or one not marked ready. */
function NotReported({ month, assignments, onCreateMissing, onMarkReady, focusAfter, canMarkReady, onShowHistory }: NotReportedProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const headingId = useId();
  const listRef = useRef<HTMLElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const monthName = formatMonth(month, lang);
  // A11Y1: the pressed button is gone (its row left the list, or "Skapa saknade rapporter" once none
  // is missing), so focus goes to the named row's first button, else to the list's heading.
  useEffect(() => {
    if (!focusAfter) return;
    const rows = [...(listRef.current?.querySelectorAll<HTMLElement>('li[data-card-id]') ?? [])];
    const row = rows.find((li) => li.dataset.cardId === focusAfter.cardId)?.querySelector('button');
    (row ?? listRef.current?.querySelector('h3') ?? doneRef.current)?.focus();
  }, [focusAfter]);
  if (assignments.length === 0)
    return (
      <p ref={doneRef} tabIndex={-1} className="report-cycle-done">
        {t('reports.allReported', { month: monthName })}
      </p>
    );
  return (
    <section aria-labelledby={headingId} ref={listRef}>
      <h3 id={headingId} tabIndex={-1}>
        {t('reports.notReported', { month: monthName, count: assignments.length })}
      </h3>
      <ul className="report-cycle-missing">
        {assignments.map((a, i) => {
          const Icon = STATE_ICONS[a.state];
          const nextCardId = (assignments[i + 1] ?? assignments[i - 1])?.cardId ?? null;
          return (
            <li key={a.cardId} data-card-id={a.cardId}>
              <span className="report-cycle-title">{a.title}</span>
              <span className={`report-state report-state-${a.state}`}>
                <Icon aria-hidden="true" size={16} /> {t(`reports.state.${a.state}`)}
              </span>
              {a.state === 'draft' && canMarkReady(a.cardId) && (
                <button type="button" onClick={() => onMarkReady(a.cardId, nextCardId)} aria-label={t('reports.markReadyFor', { title: a.title })}>
                  {t('reports.markReady')}
                </button>
              )}
              <button type="button" onClick={() => onShowHistory(a.cardId)} aria-label={t('reports.showHistoryFor', { title: a.title })}>
                <History aria-hidden="true" size={16} /> {t('reports.showHistory')}
              </button>
            </li>
          );
        })}
      </ul>
      {onCreateMissing && assignments.some((a) => a.state === 'missing') && (
        <button type="button" onClick={onCreateMissing}>
          {t('reports.createMissing')}
        </button>
      )}
    </section>
  );
}
