import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure, authApi } from '../../auth/authApi.ts';
import { BoardProvider } from '../../state/BoardContext.tsx';
import { presenceColor } from '../../sync/localUser.ts';
import { setPresenceUser } from '../../sync/presence.ts';
import { useBoardConnection, useConnectionState } from '../../sync/useBoardConnection.ts';
import { CardWordingProvider } from '../cards/CardWording.tsx';
import { PresentationView } from './PresentationView.tsx';

/**
 * Whether the server refuses this browser the board: a board the meeting does not link is closed to
 * its share link, and /sync refuses it before the socket opens, which y-websocket only retries. The
 * access call says it in words (401, 403, 404); an unreachable server is no refusal.
 */
function useRefused(boardId: string): boolean {
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    let current = true;
    setRefused(false);
    authApi.access(boardId).then(
      () => {},
      (error: unknown) => current && setRefused(error instanceof ApiFailure && [401, 403, 404].includes(error.status)),
    );
    return () => void (current = false);
  }, [boardId]);
  return refused;
}

/**
 * A board as the projector shows it (FOL5, FOL6), opened in a session of its own: a meeting's share
 * link reads the boards its agenda links. The view itself is PresentationView.
 */
export function PresentationBoard({ boardId, cardId }: { boardId: string; cardId?: string | undefined }) {
  const { t } = useTranslation();
  const session = useBoardConnection(boardId);
  const connection = useConnectionState(session);
  const refused = useRefused(boardId);
  // Others on the board see the projector as such: a share link has no name of its own (PRS3).
  const name = t('app.user.shareVisitor');
  useEffect(() => {
    if (session) setPresenceUser(session.awareness, { name, color: presenceColor() });
  }, [session, name]);

  if (refused || connection.status === 'error') return <p className="presentation-message">{t('present.boardUnavailable')}</p>;
  if (!session) return <p className="presentation-message">{t('board.loading')}</p>;
  return (
    <BoardProvider doc={session.doc} origin={session.origin} awareness={session.awareness}>
      <CardWordingProvider>
        <PresentationView cardId={cardId} />
      </CardWordingProvider>
    </BoardProvider>
  );
}
