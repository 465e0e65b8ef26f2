import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/useSession.ts';
import { BoardProvider } from '../../state/BoardContext.tsx';
import { ReadOnlyBanner } from '../auth/ReadOnlyBanner.tsx';
import { BoardView } from '../board/BoardView.tsx';
import { DecisionLogPanel } from '../decisions/DecisionLogPanel.tsx';
import { DecisionLogProvider } from '../../decisions/DecisionLogContext.tsx';
import { ActivityPanel } from '../members/ActivityPanel.tsx';
import { PrintViewLink } from '../print/PrintViewLink.tsx';
import { useLiveBoard } from '../../state/useLiveBoard.ts';
import { useMissingOnServer } from '../../sync/useMissingOnServer.ts';
import { boardsApi, type BoardsApi } from '../start/boardsApi.ts';
import { AppHeader } from './AppHeader.tsx';
import { BoardTitle } from './BoardTitle.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { KeptTextDialog } from './KeptTextDialog.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { OpeningPage } from './OpeningPage.tsx';
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
  const missing = useMissingOnServer(boardId, api.get);
  if (missing) return <NotFoundPage title={t('app.boardNotFound')} />;
  return <BoardScreen boardId={boardId} />;
}

/** An existing (or not yet known) board: its session, the live header and the board itself. */
function BoardScreen({ boardId }: { boardId: string }) {
  const { session, connection, role, access } = useLiveBoard(boardId);
  const account = useSession();

  if (!session) return <OpeningPage connection={connection} />;

  return (
    <DecisionLogProvider boardId={boardId}>
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
          <DecisionLogPanel />
          <PrintViewLink boardId={boardId} />
        </AppHeader>
      </BoardProvider>
      <main id="main" className="board-main">
        <BoardView doc={session.doc} origin={session.origin} awareness={session.awareness} boardId={boardId} access={access} />
      </main>
    </DecisionLogProvider>
  );
}
