import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { editAccessFor } from '../../auth/editAccess.ts';
import { useBoardAccess } from '../../auth/useBoardAccess.ts';
import { useSession } from '../../auth/useSession.ts';
import { takesNoEdits } from '../../sync/connectionState.ts';
import { presenceColor } from '../../sync/localUser.ts';
import { setPresenceUser } from '../../sync/presence.ts';
import { useBoardConnection, useConnectionState } from '../../sync/useBoardConnection.ts';
import { BoardView } from '../board/BoardView.tsx';

/**
 * A linked board on the meeting's stage: its own session (the board's room, not the meeting's),
 * this user's role on it, and the board page's own view, so a card opens, edits and moves there as
 * on the board page. Who is in the meeting shows on the board too, under their account's name.
 */
export function StageBoard({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const session = useBoardConnection(boardId);
  const connection = useConnectionState(session);
  const role = useBoardAccess(boardId);
  const account = useSession();
  const displayName = account.status === 'user' ? account.user.displayName : undefined;
  const closed = takesNoEdits(connection);
  const access = useMemo(() => editAccessFor(closed ? null : role, displayName), [closed, role, displayName]);
  useEffect(() => {
    if (session) setPresenceUser(session.awareness, { name: displayName ?? t('app.user.shareVisitor'), color: presenceColor() });
  }, [session, displayName, t]);

  if (connection.status === 'error') {
    return (
      <p className="meeting-stage-empty" role="alert">
        {t('meeting.stage.unavailable')}
      </p>
    );
  }
  if (!session) return <p className="meeting-stage-empty">{t('board.loading')}</p>;
  return (
    <div className="meeting-stage-board">
      <BoardView doc={session.doc} origin={session.origin} awareness={session.awareness} boardId={boardId} access={access} />
    </div>
  );
}
