import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { formatDateTime } from '../../i18n/format.ts';
import type { ServerTime } from '../../meeting/useServerClock.ts';
import { useTimerNow } from '../../meeting/useTimerNow.ts';
import { TimerDisplay } from './TimerDisplay.tsx';

interface CurrentItemProps {
  meeting: MeetingSnapshot;
  /** The server's clock the countdown reads (MTG17). */
  clock: ServerTime;
  /**
   * Where it is shown. The projector, read from across the room, says only that the meeting has
   * ended; the meeting page, read afterwards, says when.
   */
  place: 'page' | 'projector';
  /** Shown with the current item, on the meeting page its decisions (MTG22). */
  children?: ReactNode;
}

/**
 * What the room is on now, the same for everyone and the one such component of the meeting page and
 * the projector (MTP1, FOL5): the current item (number, title, kind, who presents it) and its
 * countdown from the server's clock; before the start and after the end, the meeting's status
 * instead. Until the server's clock is measured there is no countdown: the local clock may be
 * minutes off, and a timer that jumps when the answer comes is worse than a word that waits.
 */
export function CurrentItem({ meeting, clock, place, children }: CurrentItemProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { run } = meeting;
  const index = meeting.agenda.findIndex((item) => item.id === run.currentItem);
  const item = run.status === 'ended' ? undefined : meeting.agenda[index];
  const progress = item ? meeting.progress[item.id] : undefined;
  const now = useTimerNow(clock.ready && progress?.runningSince !== undefined, clock.now);

  return (
    <section className={`meeting-now is-${run.status}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="meeting-now-label">
        {t('meeting.now.heading')}
      </h2>
      {run.status === 'ended' && <p className="meeting-now-status">{place === 'projector' ? t('present.ended') : t('meeting.now.ended', { at: run.endedAt === undefined ? '' : formatDateTime(run.endedAt) })}</p>}
      {run.status === 'planned' && !item && <p className="meeting-now-status">{t('meeting.now.planned')}</p>}
      {item && (
        <div className="meeting-now-item">
          <p className="meeting-now-title">
            <span className="meeting-now-number">{t('meeting.item.number', { number: index + 1 })}</span> {item.title || t('meeting.item.untitled')}
          </p>
          <p className="meeting-now-meta">
            <span className={`item-kind is-${item.kind}`}>{t(`meeting.kinds.${item.kind}`)}</span>
            {item.presenter && <span>{t('meeting.now.presenter', { name: item.presenter })}</span>}
            {run.status === 'planned' && <span>{t('meeting.now.notStarted')}</span>}
          </p>
          {clock.ready ? (
            <TimerDisplay minutes={item.minutes} progress={progress} now={now} size="large" />
          ) : (
            <p className="meeting-now-waiting">{t('meeting.run.waitingForClock')}</p>
          )}
          {children}
        </div>
      )}
    </section>
  );
}
