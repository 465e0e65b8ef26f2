import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { shareToken } from '../../auth/authApi.ts';
import { useBoardAccess } from '../../auth/useBoardAccess.ts';
import { refreshSession, useSession, type Session } from '../../auth/useSession.ts';
import { boardPath, useRoute } from '../app/router.ts';
import { MembersPage } from '../members/MembersPage.tsx';
import { AccountMenu } from './AccountMenu.tsx';
import { LoginPage } from './LoginPage.tsx';
import { ReadOnlyBanner } from './ReadOnlyBanner.tsx';
import { RefusalToast } from './RefusalToast.tsx';
import { UsersPage } from './UsersPage.tsx';

/**
 * Wraps the app (client/main.tsx): the login page until the server knows who this is; then the
 * pages of issue 4 (`/users`, `/b/:id/members`), or the app with the board's role banner and the
 * refusal toast. A share link (`?share=`) is a session of its own and skips the login.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  useRoute(); // re-render on navigation: the paths below are read from location
  useEffect(() => {
    // Keep a share link's token for this tab, then take it out of the address bar, so that it is
    // not bookmarked, shared on by accident or sent onwards as a Referer.
    if (shareToken() && new URLSearchParams(window.location.search).has('share')) window.history.replaceState(window.history.state, '', window.location.pathname);
    void refreshSession();
  }, []);

  if (session.status === 'loading') return <p role="status">{t('auth.loading')}</p>;
  if (session.status === 'anonymous') return <LoginPage />;
  const path = window.location.pathname;
  const members = /^\/b\/([^/]+)\/members\/?$/.exec(path);
  if (members?.[1] && session.status === 'user') return <MembersPage boardId={decodeURIComponent(members[1])} />;
  if (path === '/users' && session.status === 'user') return <UsersPage />;
  const board = /^\/b\/([^/]+)\/?$/.exec(path);
  return <AppFrame session={session} boardId={board?.[1] ? decodeURIComponent(board[1]) : undefined}>{children}</AppFrame>;
}

/** The app with, on a board, the role banner; the refusal toast; and the account menu (with the members page for a facilitator). */
function AppFrame({ session, boardId, children }: { session: Session; boardId: string | undefined; children: ReactNode }) {
  const access = useBoardAccess(boardId ?? '');
  const onBoard = boardId !== undefined ? access : null;
  return (
    <>
      {onBoard && <ReadOnlyBanner access={onBoard} share={session.status === 'share'} />}
      {children}
      <RefusalToast />
      {session.status === 'user' && <AccountMenu session={session} {...(boardId && onBoard?.role === 'facilitator' && { membersHref: `${boardPath(boardId)}/members` })} />}
    </>
  );
}
