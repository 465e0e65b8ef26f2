import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingPath } from '../app/router.ts';
import { LinkTable } from './LinkTable.tsx';
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
  const rows = meetings.map((meeting) => ({
    id: meeting.id,
    href: meetingPath(meeting.id),
    title: meeting.title,
    cells: [<time dateTime={meeting.date}>{meeting.date}</time>, t(`meeting.status.${meeting.status}`)],
  }));
  return (
    <>
      <h3 id={headingId}>{heading}</h3>
      <LinkTable labelledBy={headingId} columns={[t('start.meetings.columns.title'), t('start.meetings.columns.date'), t('start.meetings.columns.status')]} rows={rows} empty={empty} />
    </>
  );
}
