import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ITEM_KINDS, MEETING_LIMITS, type ItemKind } from '../../../shared/meeting/meetingSchema.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { LabelledSelect } from '../app/LabelledSelect.tsx';
import { useAnnounce } from '../app/LiveRegion.tsx';

const DEFAULT_MINUTES = 10;

/** Adds an item last: its title, planned minutes and kind (the rest is set in its details), then opens it. */
export function AddAgendaItem({ onAdded }: { onAdded: (itemId: string) => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { actions } = useMeetingContext();
  const headingId = useId();
  const errorId = useId();
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState(String(DEFAULT_MINUTES));
  const [kind, setKind] = useState<ItemKind>('information');
  const [error, setError] = useState('');

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const planned = Number(minutes);
    if (!title.trim()) return setError(t('meeting.add.titleRequired'));
    if (!Number.isInteger(planned) || planned < 1 || planned > MEETING_LIMITS.minutes) return setError(t('meeting.add.minutesInvalid', { max: MEETING_LIMITS.minutes }));
    const id = actions.addItem({ title: title.trim(), minutes: planned, kind });
    if (id === undefined) return;
    setError('');
    setTitle('');
    announce(t('meeting.add.added', { title: title.trim() }));
    onAdded(id);
  };

  return (
    <form className="add-item" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId}>{t('meeting.add.heading')}</h3>
      <label>
        {t('meeting.add.title')}
        <input value={title} onChange={(event) => setTitle(event.target.value)} maxLength={MEETING_LIMITS.title} aria-describedby={error ? errorId : undefined} />
      </label>
      <label>
        {t('meeting.add.minutes')}
        <input type="number" min={1} max={MEETING_LIMITS.minutes} value={minutes} onChange={(event) => setMinutes(event.target.value)} aria-describedby={error ? errorId : undefined} />
      </label>
      <LabelledSelect label={t('meeting.add.kind')} value={kind} onChange={setKind} options={ITEM_KINDS.map((k) => ({ value: k, label: t(`meeting.kinds.${k}`) }))} />
      <button type="submit">{t('meeting.add.submit')}</button>
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
