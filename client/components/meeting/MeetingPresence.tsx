import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { PRESENCE_ATTENDANCE, rememberAttendance, rememberedAttendance, setPresenceAttendance, type PresenceAttendance } from '../../meeting/meetingPresence.ts';
import { useMeetingPresence } from '../../meeting/useMeetingPresence.ts';

/**
 * Who is here now (names as the server stamped them, PRS3), each in the room or remote as they
 * said themselves, the facilitator and who presents the current item marked in words; share links
 * (the projector) apart from the people, since they attend nothing, only counted; and this
 * user's own choice, "Jag är i rummet / på distans", which goes into presence (PRS4), never the
 * document: it is where someone is today, not a fact of the meeting.
 */
export function MeetingPresence({ meeting }: { meeting: MeetingSnapshot }) {
  const { t } = useTranslation();
  const { session, meetingId } = useMeetingContext();
  const { people, projectors } = useMeetingPresence(session.awareness);
  const [mine, setMine] = useState<PresenceAttendance | undefined>(() => rememberedAttendance(meetingId));
  useEffect(() => {
    if (mine) setPresenceAttendance(session.awareness, mine);
  }, [session, mine]);
  const choose = (attendance: PresenceAttendance): void => {
    rememberAttendance(meetingId, attendance);
    setMine(attendance);
  };
  const presenter = meeting.agenda.find((item) => item.id === meeting.run.currentItem)?.presenter;
  const headingId = useId();
  const name = 'attendance-' + headingId;

  return (
    <section className="meeting-presence" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('meeting.presence.heading')}</h2>
      <fieldset className="attendance-choice">
        <legend>{t('meeting.presence.mine')}</legend>
        {PRESENCE_ATTENDANCE.map((attendance) => (
          <label key={attendance}>
            <input type="radio" name={name} value={attendance} checked={mine === attendance} onChange={() => choose(attendance)} />
            {t(`meeting.presence.choose.${attendance}`)}
          </label>
        ))}
      </fieldset>
      <ul className="presence-list">
        {people.map((person) => (
          <li key={person.clientId}>
            <span className="presence-dot" style={{ backgroundColor: person.color }} aria-hidden="true" />
            <span>{person.isSelf ? t('app.presence.you', { name: person.name }) : person.name}</span>
            <span className="presence-where">{t(`meeting.presence.where.${person.attendance ?? 'unknown'}`)}</span>
            {person.facilitator && <span className="badge">{t('meeting.presence.facilitator')}</span>}
            {presenter !== undefined && person.name === presenter && <span className="badge">{t('meeting.presence.presenting')}</span>}
          </li>
        ))}
      </ul>
      {projectors > 0 && <p>{t('meeting.presence.projectors', { count: projectors })}</p>}
      {presenter !== undefined && <p>{t('meeting.presence.presenter', { name: presenter })}</p>}
    </section>
  );
}
