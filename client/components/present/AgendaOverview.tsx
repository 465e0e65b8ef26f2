import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';

/**
 * The agenda as the projector shows it while the facilitator shows no board (FOL5): every item in
 * order with its presenter, minutes and kind, the current one marked (none once the meeting has
 * ended) and the finished ones too, in a word and a symbol as well as in colour.
 */
export function AgendaOverview({ meeting }: { meeting: MeetingSnapshot }) {
  const { t } = useTranslation();
  const titleId = useId();
  // An ended meeting has no item in progress: the last one is done like the others (MTG16).
  const current = meeting.run.status === 'ended' ? undefined : meeting.run.currentItem;
  return (
    <section className="agenda-overview" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('meeting.agenda.heading')}</h2>
      {meeting.agenda.length === 0 ? (
        <p>{t('meeting.agenda.empty')}</p>
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
                  {[item.presenter, t('meeting.agenda.minutes', { minutes: item.minutes }), t(`meeting.kinds.${item.kind}`)].filter(Boolean).join(' · ')}
                </span>
                {isCurrent && (
                  <strong className="agenda-overview-state">
                    <span aria-hidden="true">▶ </span>
                    {t('meeting.agenda.current')}
                  </strong>
                )}
                {done && (
                  <span className="agenda-overview-state">
                    <span aria-hidden="true">✓ </span>
                    {t('meeting.agenda.done')}
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
