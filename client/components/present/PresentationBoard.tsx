import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure, authApi } from '../../auth/authApi.ts';
import { BoardProvider } from '../../state/BoardContext.tsx';
import { presenceColor } from '../../sync/localUser.ts';
import { setPresenceUser } from '../../sync/presence.ts';
import { useBoardConnection, useConnectionState } from '../../sync/useBoardConnection.ts';
import { useMissingOnServer } from '../../sync/useMissingOnServer.ts';
import { CardWordingProvider } from '../cards/CardWording.tsx';
import { PresentationView } from './PresentationView.tsx';

/**
 * The board's access as this browser's link has it, or null when the server refuses it the board:
 * a board the meeting does not link is closed to its share link, and /sync refuses it before the
 * socket opens, which y-websocket only retries. The access call says it in words (401, 403, 404);
 * an unreachable server is no refusal.
 */
const readableAccess = (boardId: string): Promise<unknown> =>
  authApi.access(boardId).catch((error: unknown) => {
    if (error instanceof ApiFailure && [401, 403, 404].includes(error.status)) return null;
    throw error;
  });

/**
 * A board as the projector shows it (FOL5, FOL6), opened in a session of its own: a meeting's share
 * link reads the boards its agenda links. The view itself is PresentationView.
 */
export function PresentationBoard({ boardId, cardId }: { boardId: string; cardId?: string | undefined }) {
  const { t } = useTranslation();
  const session = useBoardConnection(boardId);
  const connection = useConnectionState(session);
  // A board the link may not read is, for the projector, a board that is not there (useMissingOnServer).
  const refused = useMissingOnServer(boardId, readableAccess);
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
