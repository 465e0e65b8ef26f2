import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_LIMITS, type MeetingField } from '../../../shared/meeting/meetingSchema.ts';
import type { MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { DraftField } from './DraftField.tsx';

/** The facts an editor changes here, each with its input type (the browser's own date and time pickers). */
const FIELDS: readonly { field: MeetingField; type: string; maxLength?: number; required?: boolean }[] = [
  { field: 'title', type: 'text', maxLength: MEETING_LIMITS.title, required: true },
  { field: 'date', type: 'date', required: true },
  { field: 'startTime', type: 'time' },
  { field: 'place', type: 'text', maxLength: MEETING_LIMITS.place },
  { field: 'videoLink', type: 'url', maxLength: MEETING_LIMITS.videoLink },
  { field: 'group', type: 'text', maxLength: MEETING_LIMITS.group },
];

/**
 * When, where and how to join, and the meeting's status; an editor or facilitator opens the form
 * that changes them. The video link is a real link, opened in a new tab so the meeting page stays.
 */
export function MeetingFacts({ meeting }: { meeting: MeetingSnapshot }) {
  const { t } = useTranslation();
  const { canEdit, actions } = useMeetingContext();
  const [editing, setEditing] = useState(false);
  const formId = useId();
  const { meta } = meeting;
  return (
    <section className="meeting-facts" aria-label={t('meeting.facts.label')}>
      <dl className="meeting-facts-list">
        <div>
          <dt>{t('meeting.facts.date')}</dt>
          <dd>{meta.date ? <time dateTime={meta.date}>{meta.date}</time> : '–'}</dd>
        </div>
        <div>
          <dt>{t('meeting.facts.startTime')}</dt>
          <dd>{meta.startTime ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('meeting.facts.place')}</dt>
          <dd>{meta.place ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('meeting.facts.videoLink')}</dt>
          <dd>
            {meta.videoLink ? (
              <a href={meta.videoLink} target="_blank" rel="noopener noreferrer">
                {t('meeting.facts.join')}
                <span className="visually-hidden"> {t('meeting.facts.newTab')}</span>
              </a>
            ) : (
              '–'
            )}
          </dd>
        </div>
        <div>
          <dt>{t('meeting.facts.status')}</dt>
          <dd className={`meeting-status is-${meeting.run.status}`}>{t(`meeting.status.${meeting.run.status}`)}</dd>
        </div>
      </dl>
      {canEdit && (
        <button type="button" aria-expanded={editing} aria-controls={formId} onClick={() => setEditing((open) => !open)}>
          {t(editing ? 'meeting.facts.done' : 'meeting.facts.edit')}
        </button>
      )}
      {canEdit && editing && (
        <div id={formId} className="meeting-facts-form">
          {FIELDS.map(({ field, type, maxLength, required }) => (
            <DraftField
              key={field}
              label={t(`meeting.facts.${field}`)}
              type={type}
              value={meta[field] ?? ''}
              {...(maxLength !== undefined && { maxLength })}
              {...(required && { required: true })}
              onSave={(value) => actions.setField(field, value.trim() === '' && !required ? undefined : value.trim())}
            />
          ))}
        </div>
      )}
    </section>
  );
}
