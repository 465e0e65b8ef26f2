import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';

/**
 * The agenda as the projector shows it while the facilitator shows no board (FOL5): every item in
 * order with its presenter, minutes and kind, the current one marked and the finished ones too, in
 * a word and a symbol as well as in colour.
 */
export function AgendaOverview({ meeting }: { meeting: MeetingSnapshot }) {
  const { t } = useTranslation();
  const titleId = useId();
  const current = meeting.run.currentItem;
  return (
    <section className="agenda-overview" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('present.agenda')}</h2>
      {meeting.agenda.length === 0 ? (
        <p>{t('present.noItems')}</p>
      ) : (
        <ol className="agenda-overview-list">
          {meeting.agenda.map((item, index) => {
            const isCurrent = item.id === current;
            const done = !isCurrent && meeting.progress[item.id]?.done === true;
            return (
              <li key={item.id} className={isCurrent ? 'is-current' : done ? 'is-done' : undefined} aria-current={isCurrent ? 'step' : undefined}>
                <span className="agenda-overview-number">{index + 1}.</span>
                <span className="agenda-overview-title">{item.title}</span>
                <span className="agenda-overview-meta">
                  {[item.presenter, t('present.minutes', { count: item.minutes }), t(`present.kind.${item.kind}`)].filter(Boolean).join(' · ')}
                </span>
                {isCurrent && (
                  <strong className="agenda-overview-state">
                    <span aria-hidden="true">▶ </span>
                    {t('present.current')}
                  </strong>
                )}
                {done && (
                  <span className="agenda-overview-state">
                    <span aria-hidden="true">✓ </span>
                    {t('present.done')}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
