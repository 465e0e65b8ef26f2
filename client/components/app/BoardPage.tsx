import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { editAccessFor } from '../../auth/editAccess.ts';
import { takesNoEdits } from '../../sync/connectionState.ts';
import { useBoardAccess } from '../../auth/useBoardAccess.ts';
import { useSession } from '../../auth/useSession.ts';
import { BoardProvider } from '../../state/BoardContext.tsx';
import { ReadOnlyBanner } from '../auth/ReadOnlyBanner.tsx';
import { BoardView } from '../board/BoardView.tsx';
import { ActivityPanel } from '../members/ActivityPanel.tsx';
import { useBoardConnection, useConnectionState } from '../../sync/useBoardConnection.ts';
import { presenceColor } from '../../sync/localUser.ts';
import { setPresenceUser } from '../../sync/presence.ts';
import { boardsApi, type BoardsApi } from '../start/boardsApi.ts';
import { AppHeader } from './AppHeader.tsx';
import { BoardTitle } from './BoardTitle.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { KeptTextDialog } from './KeptTextDialog.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { membersPath } from './router.ts';
import { PresenceAvatars } from './PresenceAvatars.tsx';
import { ServerNotice } from './ServerNotice.tsx';
import { UndoButtons } from './UndoButtons.tsx';

const defaultApi = boardsApi();

/**
 * The board route. Opens the board at once (it may be in IndexedDB and the network may be
 * gone) and asks the server in parallel whether it exists, to say so instead of connecting forever.
 */
export function BoardPage({ boardId, api = defaultApi }: { boardId: string; api?: Pick<BoardsApi, 'get'> }) {
  const { t } = useTranslation();
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let current = true;
    api.get(boardId).then(
      (board) => current && setMissing(board === null),
      () => {}, // unreachable server: the board opens from this browser's copy and the status says offline
    );
    return () => void (current = false);
  }, [api, boardId]);

  if (missing) return <NotFoundPage title={t('app.boardNotFound')} />;
  return <BoardScreen boardId={boardId} />;
}

/** An existing (or not yet known) board: its session, the live header and the board itself. */
function BoardScreen({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const session = useBoardConnection(boardId);
  const connection = useConnectionState(session);
  const role = useBoardAccess(boardId);
  const account = useSession();
  const displayName = account.status === 'user' ? account.user.displayName : undefined;
  const closedForEdits = takesNoEdits(connection);
  const access = useMemo(() => editAccessFor(closedForEdits ? null : role, displayName), [closedForEdits, role, displayName]);
  // Others see the account's name; a share link has none, so it shows as "Projektor".
  const presenceName = displayName ?? t('app.user.shareVisitor');
  useEffect(() => {
    if (session) setPresenceUser(session.awareness, { name: presenceName, color: presenceColor() });
  }, [session, presenceName]);

  if (!session) {
    return (
      <>
        <AppHeader title={t('app.loading')}>
          <ConnectionStatus connection={connection} />
        </AppHeader>
        <main id="main" />
      </>
    );
  }

  return (
    <>
      <ReadOnlyBanner access={role} share={account.status === 'share'} />
      <ServerNotice connection={connection} />
      <KeptTextDialog boardId={boardId} />
      {/* The header reads the board's title through the same store as the board view below. */}
      <BoardProvider doc={session.doc} origin={session.origin} awareness={session.awareness}>
        <AppHeader title={<BoardTitle />} membersHref={role?.role === 'facilitator' ? membersPath(boardId) : undefined}>
          <ConnectionStatus connection={connection} />
          <PresenceAvatars awareness={session.awareness} />
          {role?.role !== 'viewer' && <UndoButtons undoManager={session.undoManager} />}
          <ActivityPanel boardId={boardId} />
        </AppHeader>
      </BoardProvider>
      <main id="main" className="board-main">
        <BoardView doc={session.doc} origin={session.origin} awareness={session.awareness} boardId={boardId} access={access} />
      </main>
    </>
  );
}
