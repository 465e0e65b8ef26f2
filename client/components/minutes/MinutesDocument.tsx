import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendance } from '../../../shared/meeting/meetingSchema.ts';
import { meetingTime, swedishDate } from '../../../shared/meeting/meetingTime.ts';
import type { Decision, MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { minutesEntries } from '../../meeting/minutesEntries.ts';
import { MinutesDecision } from './MinutesDecision.tsx';
import { MinutesHeading, type HeadingLevel } from './MinutesHeading.tsx';

interface MinutesDocumentProps {
  meeting: MeetingSnapshot;
  /** The level of the items' headings: 3 under the meeting page's section, 2 under the print view's h1. */
  level: 2 | 3;
  /** What the page adds below a paragraph (correction, extract links). */
  decisionExtras?: (decision: Decision) => ReactNode;
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/**
 * The minutes as drafted from the meeting (MTG26): heading (body, meeting, date, time, place), who
 * was present in the room and remotely and who was absent, chair, secretary and justerare; per
 * agenda item its notes and its paragraphs, each correction after the paragraph it corrects
 * (MTG29); the decisions whose item is gone; and the justering, who has approved and on which
 * day in Sweden (MTG31), wherever the reader's clock is set.
 */
export function MinutesDocument({ meeting, level, decisionExtras }: MinutesDocumentProps) {
  const { t } = useTranslation();
  const { meta, minutes } = meeting;
  const { items, unplaced, paragraphOf } = minutesEntries(meeting);
  const names = (list: readonly string[]): string => (list.length === 0 ? t('minutes.none') : list.join(', '));
  const present = (attendance: Attendance): string => names(meeting.attendees.filter((a) => a.attendance === attendance).map((a) => a.name));
  const time = meetingTime(meeting);
  const sub = (level + 1) as HeadingLevel;
  const paragraph = (decision: Decision) => (
    <MinutesDecision key={decision.id} decision={decision} level={sub} correctedParagraph={decision.correctionOf === undefined ? undefined : paragraphOf.get(decision.correctionOf)}>
      {decisionExtras?.(decision)}
    </MinutesDecision>
  );

  return (
    <div className="minutes-document">
      <div className="minutes-head">
        {meta.group && <p className="minutes-group">{meta.group}</p>}
        <p className="minutes-title">{meta.title}</p>
        <p className={`minutes-status is-${minutes.status}`}>{t(minutes.status === 'approved' ? 'minutes.locked' : 'minutes.draft')}</p>
        <dl className="minutes-facts">
          <Fact label={t('minutes.date')} value={meta.date} />
          {time !== undefined && <Fact label={t('minutes.time')} value={time} />}
          {meta.place && <Fact label={t('minutes.place')} value={meta.place} />}
        </dl>
      </div>
      <dl className="minutes-facts minutes-people">
        <Fact label={t('minutes.room')} value={present('room')} />
        <Fact label={t('minutes.remote')} value={present('remote')} />
        <Fact label={t('minutes.absent')} value={present('absent')} />
        <Fact label={t('minutes.chair')} value={minutes.chair ?? t('minutes.none')} />
        <Fact label={t('minutes.secretary')} value={minutes.secretary ?? t('minutes.none')} />
        <Fact label={t('minutes.adjusters')} value={names(minutes.adjusters.map((a) => a.name))} />
      </dl>
      {items.map(({ item, number, entries }) => (
        <section key={item.id} className="minutes-item">
          <MinutesHeading level={level}>
            {number}. {item.title || t('meeting.item.untitled')}
          </MinutesHeading>
          {item.notes.trim() !== '' && <p className="minutes-prose">{item.notes}</p>}
          {entries.map(paragraph)}
        </section>
      ))}
      {unplaced.length > 0 && (
        <section className="minutes-item">
          <MinutesHeading level={level}>{t('minutes.otherDecisions')}</MinutesHeading>
          {unplaced.map(paragraph)}
        </section>
      )}
      <section className="minutes-justering">
        <MinutesHeading level={level}>{t('minutes.justering')}</MinutesHeading>
        {minutes.adjusters.length === 0 ? (
          <p>{t('minutes.noAdjusters')}</p>
        ) : (
          <ul>
            {minutes.adjusters.map(({ userId, name }) => {
              const at = minutes.approvals[userId];
              return <li key={userId}>{at === undefined ? t('minutes.notApproved', { name }) : t('minutes.approvedOn', { name, date: swedishDate(at) })}</li>;
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
