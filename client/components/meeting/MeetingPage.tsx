import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SchemaError } from '../../../shared/schema/errors.ts';
import { useBoardAccess } from '../../auth/useBoardAccess.ts';
import { useSession } from '../../auth/useSession.ts';
import { MeetingContext, type MeetingContextValue } from '../../meeting/MeetingContext.ts';
import { useMeeting } from '../../meeting/useMeeting.ts';
import { useDecisionActions } from '../../meeting/useDecisionActions.ts';
import { useMeetingActions } from '../../meeting/useMeetingActions.ts';
import { useMeetingSession } from '../../meeting/useMeetingSession.ts';
import { useServerClock } from '../../meeting/useServerClock.ts';
import type { BoardSession } from '../../sync/boardSession.ts';
import { takesNoEdits } from '../../sync/connectionState.ts';
import { useConnectionState } from '../../sync/useBoardConnection.ts';
import { useMissingOnServer } from '../../sync/useMissingOnServer.ts';
import { ReadOnlyBanner } from '../auth/ReadOnlyBanner.tsx';
import { AppHeader } from '../app/AppHeader.tsx';
import { ConnectionStatus } from '../app/ConnectionStatus.tsx';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { OpeningPage } from '../app/OpeningPage.tsx';
import { meetingMembersPath } from '../app/router.ts';
import { ServerNotice } from '../app/ServerNotice.tsx';
import { meetingsApi, type MeetingsApi } from '../start/meetingsApi.ts';
import { MeetingBody } from './MeetingBody.tsx';
import { meetingErrorKey } from './meetingErrorKey.ts';
import './meeting.css';

const defaultApi = meetingsApi();

/**
 * The meeting route (/m/:id). Opens the meeting at once, like a board (it may be in IndexedDB and
 * the network gone), and asks the server in parallel whether it exists, to say so instead of
 * connecting forever.
 */
export function MeetingPage({ meetingId, api = defaultApi }: { meetingId: string; api?: Pick<MeetingsApi, 'get'> }) {
  const { t } = useTranslation();
  const missing = useMissingOnServer(meetingId, api.get);
  if (missing) return <NotFoundPage title={t('meeting.notFound')} />;
  return <MeetingScreen meetingId={meetingId} />;
}

function MeetingScreen({ meetingId }: { meetingId: string }) {
  const session = useMeetingSession(meetingId);
  const connection = useConnectionState(session);
  if (!session) return <OpeningPage connection={connection} />;
  return <OpenMeeting meetingId={meetingId} session={session} />;
}

/** An open meeting: what this user may do, the header and the page's body. */
function OpenMeeting({ meetingId, session }: { meetingId: string; session: BoardSession }) {
  const { t } = useTranslation();
  const connection = useConnectionState(session);
  const access = useBoardAccess(meetingId);
  const account = useSession();
  const clock = useServerClock();
  const meeting = useMeeting(session);
  const [error, setError] = useState<string | null>(null);
  const reportError = useCallback(
    (cause: unknown) => {
      // The page says it in the UI's language; the cause itself is for whoever debugs it.
      if (!(cause instanceof SchemaError)) console.error('Tavla: a meeting change failed', cause);
      setError(t('meeting.error', { reason: t(meetingErrorKey(cause)) }));
    },
    [t],
  );
  const actions = useMeetingActions(session.doc, session.origin, clock.now, reportError);
  const decisions = useDecisionActions(session.doc, session.origin, clock.now, reportError);
  const userId = account.status === 'user' ? account.user.id : undefined;
  // No edit is offered while the server takes none (a refused or full room), nor before the role is known.
  const open = !takesNoEdits(connection);
  const role = access?.role;
  const context = useMemo<MeetingContextValue>(
    () => ({ meetingId, session, actions, decisions, userId, clock, canEdit: open && (role === 'facilitator' || role === 'editor'), canRun: open && role === 'facilitator' }),
    [meetingId, session, actions, decisions, userId, clock, open, role],
  );
  const title = meeting.meta.title || t('app.loading');

  return (
    <MeetingContext.Provider value={context}>
      <ReadOnlyBanner access={access} share={account.status === 'share'} />
      <ServerNotice connection={connection} />
      <AppHeader title={title} membersHref={role === 'facilitator' ? meetingMembersPath(meetingId) : undefined}>
        <ConnectionStatus connection={connection} />
      </AppHeader>
      <main id="main" className="meeting-main">
        {error && (
          <p className="meeting-error" role="alert">
            {error}{' '}
            <button type="button" onClick={() => setError(null)}>
              {t('meeting.dismissError')}
            </button>
          </p>
        )}
        <MeetingBody meeting={meeting} />
      </main>
    </MeetingContext.Provider>
  );
}
