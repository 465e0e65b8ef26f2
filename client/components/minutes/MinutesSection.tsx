import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { hasUnnumbered } from '../../meeting/minutesEntries.ts';
import { Link } from '../app/Link.tsx';
import { minutesPath } from '../app/router.ts';
import { ApplyToMeetingCardsOnDemand } from '../decisions/ApplyToMeetingCardsOnDemand.tsx';
import { CorrectionForm } from './CorrectionForm.tsx';
import { ExtractLinks } from './ExtractLinks.tsx';
import { Justering } from './Justering.tsx';
import { MinutesDocument } from './MinutesDocument.tsx';
import { MinutesRoles } from './MinutesRoles.tsx';
import { NumberNowButton } from './NumberNowButton.tsx';
import { minutesDocxUrl } from './minutesUrls.ts';
import './minutes.css';

/**
 * The minutes on the meeting page once the meeting has ended (MTG26): links to the print view and
 * the DOCX, "Numrera nu" for the facilitator while a decision has no paragraph, the names to fill
 * in while a draft, justering, and the minutes as they read, with a
 * protokollsutdrag per recipient and, once approved, "Rättelse" per paragraph for editors (MTG29)
 * and "För in beslutet på korten" for a decision that links cards (DEC7).
 */
export function MinutesSection({ meeting }: { meeting: MeetingSnapshot }) {
  const { t } = useTranslation();
  const { meetingId, canEdit, canRun } = useMeetingContext();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { minutes } = meeting;
  const draft = minutes.status === 'draft';
  const unnumbered = hasUnnumbered(meeting);
  useEffect(() => {
    // A card's decision line links here (#decision-<id>); the minutes render after the page loaded, so the browser did not scroll.
    if (window.location.hash.startsWith('#decision-')) document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
  }, []);
  const extras = (decision: Decision) => (
    <>
      <ExtractLinks meetingId={meetingId} decision={decision} />
      {!draft && canEdit && decision.paragraph !== undefined && decision.correctionOf === undefined && <CorrectionForm decision={{ ...decision, paragraph: decision.paragraph }} />}
      {!draft && canEdit && decision.cards.length > 0 && <ApplyToMeetingCardsOnDemand decision={decision} />}
    </>
  );
  return (
    <section className="minutes-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>{t('minutes.heading')}</h2>
      <ul className="minutes-links">
        <li>
          <Link href={minutesPath(meetingId)}>{t('minutes.printView')}</Link>
        </li>
        <li>
          <a href={minutesDocxUrl(meetingId)} download>
            {t('minutes.download')}
          </a>
        </li>
      </ul>
      <Justering minutes={minutes} ended={meeting.run.status === 'ended'} unnumbered={unnumbered} />
      {draft && canRun && unnumbered && <NumberNowButton onNumbered={() => heading.current?.focus()} />}
      {draft && canEdit && <MinutesRoles minutes={minutes} />}
      <MinutesDocument meeting={meeting} level={3} decisionExtras={extras} />
    </section>
  );
}
