import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { useMeeting } from '../../meeting/useMeeting.ts';
import { useMeetingSession } from '../../meeting/useMeetingSession.ts';
import type { BoardSession } from '../../sync/boardSession.ts';
import { useConnectionState } from '../../sync/useBoardConnection.ts';
import { useMissingOnServer } from '../../sync/useMissingOnServer.ts';
import { Link } from '../app/Link.tsx';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { OpeningPage } from '../app/OpeningPage.tsx';
import { meetingPath } from '../app/router.ts';
import { meetingsApi } from '../start/meetingsApi.ts';
import { ExtractLinks } from './ExtractLinks.tsx';
import { MinutesDocument } from './MinutesDocument.tsx';
import { minutesDocxUrl } from './minutesUrls.ts';
import '../../styles/printView.css';
import './minutes.css';
import './minutesPrint.css';

const api = meetingsApi();

/**
 * The minutes' print view (/m/:meetingId/protokoll): the minutes alone on an A4 page with page
 * numbers (minutesPrint.css), and on screen only a bar to go back, print, download the DOCX and,
 * per decision, a protokollsutdrag per recipient; the bar and the links are not printed.
 */
export function MinutesPrintPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const missing = useMissingOnServer(meetingId, api.get);
  const session = useMeetingSession(meetingId);
  const connection = useConnectionState(session);
  if (missing) return <NotFoundPage title={t('meeting.notFound')} />;
  if (!session) return <OpeningPage connection={connection} />;
  return <PrintedMinutes meetingId={meetingId} session={session} />;
}

function PrintedMinutes({ meetingId, session }: { meetingId: string; session: BoardSession }) {
  const { t, i18n } = useTranslation();
  const meeting: MeetingSnapshot = useMeeting(session);
  const title = t('minutes.pageTitle', { title: meeting.meta.title || t('app.loading') });
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  const ended = meeting.run.status === 'ended';
  return (
    <div className="minutes-print" data-lang={i18n.language === 'en' ? 'en' : 'sv'}>
      <nav className="minutes-toolbar print-toolbar no-print" aria-label={t('minutes.printView')}>
        <Link href={meetingPath(meetingId)}>← {t('minutes.back')}</Link>
        {ended && (
          <>
            <button type="button" onClick={() => window.print()}>
              {t('minutes.print')}
            </button>
            <a href={minutesDocxUrl(meetingId)} download>
              {t('minutes.download')}
            </a>
          </>
        )}
      </nav>
      <main id="main" className="minutes-sheet">
        <h1>{t('minutes.heading')}</h1>
        {ended ? (
          <MinutesDocument meeting={meeting} level={2} decisionExtras={(decision) => <ExtractLinks meetingId={meetingId} decision={decision} />} />
        ) : (
          <p>{t('minutes.notEnded')}</p>
        )}
      </main>
    </div>
  );
}
