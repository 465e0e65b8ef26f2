import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/useSession.ts';
import type { BoardSession } from '../sync/boardSession.ts';
import { presenceColor } from '../sync/localUser.ts';
import { setPresenceUser } from '../sync/presence.ts';
import { useBoardConnection, useConnectionState } from '../sync/useBoardConnection.ts';
import { remeasureServerClock } from './useServerClock.ts';

/**
 * Opens the meeting `meetingId` for as long as the calling component is mounted: a meeting is a
 * document in its own room, exactly like a board, so this is the board's session (sync, IndexedDB,
 * awareness, undo) on the meeting's id; null until it is open. It also says who this is in
 * presence (the server stamps the account's name over it, PRS3) and measures the server's clock
 * again whenever the room syncs anew, since a reconnect may follow a sleep or a clock change.
 */
export function useMeetingSession(meetingId: string): BoardSession | null {
  const { t } = useTranslation();
  const session = useBoardConnection(meetingId);
  const synced = useConnectionState(session).status === 'synced';
  const account = useSession();
  // A share link has no account: the projector shows as "Projektor", as on a board.
  const name = account.status === 'user' ? account.user.displayName : t('app.user.shareVisitor');
  useEffect(() => {
    if (session) setPresenceUser(session.awareness, { name, color: presenceColor() });
  }, [session, name]);
  useEffect(() => {
    if (synced) remeasureServerClock();
  }, [synced]);
  return session;
}
