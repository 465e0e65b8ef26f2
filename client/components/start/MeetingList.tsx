import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../app/Link.tsx';
import { meetingPath } from '../app/router.ts';
import type { MeetingSummary } from './meetingsApi.ts';

/**
 * The meetings in two tables: upcoming (today and later, the nearest first) and past (the latest
 * first), each with its title (a link to the meeting), date and status. `today` is `YYYY-MM-DD`.
 */
export function MeetingList({ meetings, today }: { meetings: readonly MeetingSummary[]; today: string }) {
  const { t } = useTranslation();
  const upcoming = meetings.filter((m) => m.date >= today).sort((a, b) => a.date.localeCompare(b.date));
  const past = meetings.filter((m) => m.date < today).sort((a, b) => b.date.localeCompare(a.date));
  if (meetings.length === 0) return <p>{t('start.meetings.empty')}</p>;
  return (
    <>
      <MeetingTable heading={t('start.meetings.upcoming')} meetings={upcoming} empty={t('start.meetings.noneUpcoming')} />
      <MeetingTable heading={t('start.meetings.past')} meetings={past} empty={t('start.meetings.nonePast')} />
    </>
  );
}

function MeetingTable({ heading, meetings, empty }: { heading: string; meetings: readonly MeetingSummary[]; empty: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <>
      <h3 id={headingId}>{heading}</h3>
      {meetings.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <table className="board-list" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('start.meetings.columns.title')}</th>
              <th scope="col">{t('start.meetings.columns.date')}</th>
              <th scope="col">{t('start.meetings.columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((meeting) => (
              <tr key={meeting.id}>
                <th scope="row">
                  <Link href={meetingPath(meeting.id)}>{meeting.title}</Link>
                </th>
                <td>
                  <time dateTime={meeting.date}>{meeting.date}</time>
                </td>
                <td>{t(`meeting.status.${meeting.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
