import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { plannedActual } from '../../meeting/agendaTimes.ts';

interface AgendaItemMetaProps {
  meeting: MeetingSnapshot;
  item: AgendaItem;
  /** Its planned start (`HH:MM`), when the meeting has a start time. */
  startsAt: string | undefined;
  current: boolean;
  done: boolean;
  now: number;
}

/**
 * An agenda item's line of facts: planned start, kind, presenter, planned minutes (and, once its
 * timer ran, planned against actual, MTG19), and its badges: carried over, current, done, each in
 * words, not by colour alone (MTP6).
 */
export function AgendaItemMeta({ meeting, item, startsAt, current, done, now }: AgendaItemMetaProps) {
  const { t } = useTranslation();
  const times = plannedActual(meeting, item, now);
  return (
    <p className="agenda-meta">
      {startsAt && <span>{startsAt}</span>}
      <span className={`item-kind is-${item.kind}`}>{t(`meeting.kinds.${item.kind}`)}</span>
      {item.presenter && <span>{item.presenter}</span>}
      <span>{times ? t('meeting.agenda.plannedActual', { planned: times.planned, actual: times.actual }) : t('meeting.agenda.minutes', { minutes: item.minutes })}</span>
      {item.carriedFrom && <span className="badge carried">{t('meeting.item.carriedFrom', { date: item.carriedFrom })}</span>}
      {current && meeting.run.status !== 'ended' && <span className="badge current">{t('meeting.agenda.current')}</span>}
      {done && (
        <span className="badge done">
          <span aria-hidden="true">✓ </span>
          {t('meeting.agenda.done')}
        </span>
      )}
    </p>
  );
}
