import { useId, useState, type FormEvent } from 'react';
import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE, MEETING_LIMITS, type Attendance } from '../../../shared/meeting/meetingSchema.ts';
import type { Attendee } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';

/**
 * The meeting's attendees as the minutes record them (MTG5): in the room, remote or absent.
 * Editors change where each one is, add and remove them; everyone else reads the list.
 */
export function AttendeeList({ attendees }: { attendees: readonly Attendee[] }) {
  const { t } = useTranslation();
  const { canEdit, actions } = useMeetingContext();
  const headingId = useId();
  const counts = ATTENDANCE.map((a) => t(`meeting.attendees.count.${a}`, { count: attendees.filter((p) => p.attendance === a).length }));
  const options = ATTENDANCE.map((a) => ({ value: a, label: t(`meeting.attendance.${a}`) }));

  return (
    <section className="attendees" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('meeting.attendees.heading')}</h2>
      {attendees.length === 0 ? <p>{t('meeting.attendees.none')}</p> : <p>{counts.join(' · ')}</p>}
      <ul className="attendee-list">
        {attendees.map((person) => (
          <li key={person.id}>
            <span className="attendee-name">{person.name}</span>
            {canEdit ? (
              <>
                <select value={person.attendance} onChange={(event) => actions.setAttendance(person.id, event.target.value as Attendance)} aria-label={t('meeting.attendees.attendanceOf', { name: person.name })}>
                  {options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
                <button type="button" className="icon-button" onClick={() => actions.removeAttendee(person.id)} aria-label={t('meeting.attendees.remove', { name: person.name })}>
                  <Trash2 aria-hidden="true" size={18} />
                </button>
              </>
            ) : (
              <span>{t(`meeting.attendance.${person.attendance}`)}</span>
            )}
          </li>
        ))}
      </ul>
      {canEdit && <AddAttendee />}
    </section>
  );
}

function AddAttendee() {
  const { t } = useTranslation();
  const { actions } = useMeetingContext();
  const [name, setName] = useState('');
  const [attendance, setAttendance] = useState<Attendance>('room');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (name.trim() && actions.addAttendee(name.trim(), attendance)) setName('');
  };
  return (
    <form className="add-attendee" onSubmit={submit} aria-label={t('meeting.attendees.add')}>
      <label>
        {t('meeting.attendees.name')}
        <input value={name} onChange={(event) => setName(event.target.value)} maxLength={MEETING_LIMITS.name} />
      </label>
      <label>
        {t('meeting.attendees.attendance')}
        <select value={attendance} onChange={(event) => setAttendance(event.target.value as Attendance)}>
          {ATTENDANCE.map((a) => (
            <option key={a} value={a}>
              {t(`meeting.attendance.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!name.trim()}>
        {t('meeting.attendees.addButton')}
      </button>
    </form>
  );
}
