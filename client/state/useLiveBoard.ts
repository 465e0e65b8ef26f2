import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { editAccessFor, type EditAccess } from '../auth/editAccess.ts';
import { useBoardAccess } from '../auth/useBoardAccess.ts';
import type { BoardAccess } from '../auth/authApi.ts';
import { useSession } from '../auth/useSession.ts';
import type { BoardSession } from '../sync/boardSession.ts';
import { takesNoEdits, type ConnectionState } from '../sync/connectionState.ts';
import { presenceColor } from '../sync/localUser.ts';
import { setPresenceUser } from '../sync/presence.ts';
import { useBoardConnection, useConnectionState } from '../sync/useBoardConnection.ts';

/** An open board as a page shows it: its session, the connection, the user's role and what they may edit. */
export interface LiveBoard {
  session: BoardSession | null;
  connection: ConnectionState;
  role: BoardAccess | null;
  access: EditAccess;
}

/**
 * Opens a board for a page (the board page, a meeting's stage): its session, the user's role on it,
 * and the edits offered, none while the server takes none. Others see the account's name in
 * presence; a share link has none, so it shows as "Projektor".
 */
export function useLiveBoard(boardId: string): LiveBoard {
  const { t } = useTranslation();
  const session = useBoardConnection(boardId);
  const connection = useConnectionState(session);
  const role = useBoardAccess(boardId);
  const account = useSession();
  const displayName = account.status === 'user' ? account.user.displayName : undefined;
  const closedForEdits = takesNoEdits(connection);
  const access = useMemo(() => editAccessFor(closedForEdits ? null : role, displayName), [closedForEdits, role, displayName]);
  const presenceName = displayName ?? t('app.user.shareVisitor');
  useEffect(() => {
    if (session) setPresenceUser(session.awareness, { name: presenceName, color: presenceColor() });
  }, [session, presenceName]);
  return { session, connection, role, access };
}
