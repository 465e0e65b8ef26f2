import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { agendaPlan } from '../../meeting/agendaTimes.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { AddAgendaItem } from './AddAgendaItem.tsx';
import { AgendaItemRow } from './AgendaItemRow.tsx';

/** The agenda in order, its planned time boxes back to back from the start time, their sum and the planned end; editors add items below. */
export function AgendaSection({ meeting, selected, onSelect }: { meeting: MeetingSnapshot; selected: string | undefined; onSelect: (itemId: string) => void }) {
  const { t } = useTranslation();
  const { canEdit, clock } = useMeetingContext();
  const plan = agendaPlan(meeting.agenda, meeting.meta.startTime);
  // Read once per render: the agenda's actual minutes are whole minutes, the running one catches up with the next change.
  const now = clock.now();
  return (
    <section className="agenda" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('meeting.agenda.heading')}</h2>
      {meeting.agenda.length === 0 ? (
        <p>{t('meeting.agenda.empty')}</p>
      ) : (
        <ol className="agenda-list">
          {meeting.agenda.map((item, index) => (
            <AgendaItemRow key={item.id} meeting={meeting} item={item} index={index} startsAt={plan.startsAt.get(item.id)} selected={item.id === selected} onSelect={onSelect} now={now} />
          ))}
        </ol>
      )}
      <p className="agenda-total">
        {t('meeting.agenda.total', { minutes: plan.totalMinutes })}
        {plan.endsAt && ` · ${t('meeting.agenda.endsAt', { time: plan.endsAt })}`}
      </p>
      {canEdit && <AddAgendaItem onAdded={onSelect} />}
    </section>
  );
}
