import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_LIMITS } from '../../../shared/meeting/meetingSchema.ts';
import type { MinutesSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { DraftField } from '../meeting/DraftField.tsx';
import { AdjusterPicker } from './AdjusterPicker.tsx';

/**
 * Ordförande and sekreterare (names, MTG26) for anyone with edit rights while the minutes are a
 * draft; the justerare for the facilitator, who sees the meeting's members (ROLE7).
 */
export function MinutesRoles({ minutes }: { minutes: MinutesSnapshot }) {
  const { t } = useTranslation();
  const { canRun, decisions } = useMeetingContext();
  const headingId = useId();
  return (
    <section className="minutes-roles no-print" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('minutes.roles')}</h3>
      <div className="minutes-role-fields">
        <DraftField label={t('minutes.chair')} value={minutes.chair ?? ''} maxLength={MEETING_LIMITS.name} onSave={(name) => decisions.setMinutesField('chair', name)} />
        <DraftField label={t('minutes.secretary')} value={minutes.secretary ?? ''} maxLength={MEETING_LIMITS.name} onSave={(name) => decisions.setMinutesField('secretary', name)} />
      </div>
      {canRun && <AdjusterPicker adjusters={minutes.adjusters} />}
    </section>
  );
}
