import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { useTimerNow } from '../../meeting/useTimerNow.ts';
import { TimerDisplay } from './TimerDisplay.tsx';

/**
 * What the room is on now, the same for everyone: the current item (number, title, kind, who
 * presents it) and its countdown from the server's clock; before the start and after the end, the
 * meeting's status instead.
 */
export function CurrentItem({ meeting }: { meeting: MeetingSnapshot }) {
  const { t } = useTranslation();
  const { clock } = useMeetingContext();
  const { run } = meeting;
  const index = meeting.agenda.findIndex((item) => item.id === run.currentItem);
  const item = meeting.agenda[index];
  const progress = item ? meeting.progress[item.id] : undefined;
  const now = useTimerNow(progress?.runningSince !== undefined, clock.now);

  return (
    <section className={`meeting-now is-${run.status}`} aria-labelledby="meeting-now-heading">
      <h2 id="meeting-now-heading" className="meeting-now-label">
        {t('meeting.now.heading')}
      </h2>
      {run.status === 'ended' && <p className="meeting-now-status">{t('meeting.now.ended', { at: run.endedAt === undefined ? '' : formatDateTime(run.endedAt) })}</p>}
      {run.status === 'planned' && !item && <p className="meeting-now-status">{t('meeting.now.planned')}</p>}
      {item && run.status !== 'ended' && (
        <div className="meeting-now-item">
          <p className="meeting-now-title">
            <span className="meeting-now-number">{t('meeting.item.number', { number: index + 1 })}</span> {item.title || t('meeting.item.untitled')}
          </p>
          <p className="meeting-now-meta">
            <span className={`item-kind is-${item.kind}`}>{t(`meeting.kinds.${item.kind}`)}</span>
            {item.presenter && <span>{t('meeting.now.presenter', { name: item.presenter })}</span>}
            {run.status === 'planned' && <span>{t('meeting.now.notStarted')}</span>}
          </p>
          <TimerDisplay minutes={item.minutes} progress={progress} now={now} size="large" />
        </div>
      )}
    </section>
  );
}
