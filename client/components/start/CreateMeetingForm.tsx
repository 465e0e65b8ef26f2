import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_LIMITS } from '../../../shared/meeting/meetingSchema.ts';
import { FormFooter } from '../app/FormFooter.tsx';
import type { MeetingSummary, NewMeetingRequest } from './meetingsApi.ts';

/**
 * "Nytt möte": title, date, start time, place and video link, and "Från föregående möte", which
 * carries the unfinished items of an earlier meeting over, marked with its date (MTG20). The
 * meeting series' latest meeting is offered first; none is chosen until the user chooses.
 */
export function CreateMeetingForm({ meetings, today, onCreate }: { meetings: readonly MeetingSummary[]; today: string; onCreate: (meeting: NewMeetingRequest) => Promise<void> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const errorId = useId();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today);
  const [startTime, setStartTime] = useState('');
  const [place, setPlace] = useState('');
  const [videoLink, setVideoLink] = useState('');
  const [from, setFrom] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const previous = [...meetings].sort((a, b) => b.date.localeCompare(a.date));

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!title.trim()) return setError(t('start.meetings.create.titleRequired'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError(t('start.meetings.create.dateRequired'));
    setError('');
    setBusy(true);
    const optional = { startTime, place: place.trim(), videoLink: videoLink.trim(), from };
    const given = Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== ''));
    try {
      await onCreate({ title: title.trim(), date, ...given });
    } catch {
      setError(t('start.meetings.create.error'));
      setBusy(false);
    }
  };

  const described = error ? { 'aria-describedby': errorId } : {};
  return (
    <form className="create-board create-meeting" aria-labelledby={headingId} onSubmit={(event) => void submit(event)} noValidate>
      <h2 id={headingId}>{t('start.meetings.create.heading')}</h2>
      <label>
        {t('start.meetings.create.title')}
        <input value={title} onChange={(event) => setTitle(event.target.value)} maxLength={MEETING_LIMITS.title} {...described} />
      </label>
      <label>
        {t('start.meetings.create.date')}
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} {...described} />
      </label>
      <label>
        {t('start.meetings.create.startTime')}
        <input type="time" value={startTime} onChange={(event) => setStartTime(event.target.value)} />
      </label>
      <label>
        {t('start.meetings.create.place')}
        <input value={place} onChange={(event) => setPlace(event.target.value)} maxLength={MEETING_LIMITS.place} />
      </label>
      <label>
        {t('start.meetings.create.videoLink')}
        <input type="url" value={videoLink} onChange={(event) => setVideoLink(event.target.value)} maxLength={MEETING_LIMITS.videoLink} />
      </label>
      <label>
        {t('start.meetings.create.from')}
        <select value={from} onChange={(event) => setFrom(event.target.value)}>
          <option value="">{t('start.meetings.create.fromNone')}</option>
          {previous.map((meeting) => (
            <option key={meeting.id} value={meeting.id}>
              {t('start.meetings.create.fromOption', { title: meeting.title, date: meeting.date })}
            </option>
          ))}
        </select>
      </label>
      <FormFooter label={t('start.meetings.create.submit')} busyLabel={t('start.create.creating')} busy={busy} error={error} errorId={errorId} />
    </form>
  );
}
