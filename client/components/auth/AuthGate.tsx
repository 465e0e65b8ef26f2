import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { shareToken } from '../../auth/authApi.ts';
import { refreshSession, useSession } from '../../auth/useSession.ts';
import { LoginPage } from './LoginPage.tsx';
import { RefusalToast } from './RefusalToast.tsx';

/**
 * Wraps the app (client/main.tsx): the login page until the server knows who this is; then the
 * app (its routes, client/components/app/router.ts) and the toast for the server's refusals.
 * A share link (`?share=`) is a session of its own and skips the login. Offline, the account last
 * signed in here gets the app (its boards open from IndexedDB) and is asked about again once the
 * browser is back online; with no account remembered, an offline start shows the login page.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  useEffect(() => {
    // Keep a share link's token for this tab, then take it out of the address bar, so that it is
    // not bookmarked, shared on by accident or sent onwards as a Referer.
    if (shareToken() && new URLSearchParams(window.location.search).has('share')) window.history.replaceState(window.history.state, '', window.location.pathname);
    void refreshSession();
  }, []);
  const offline = session.status === 'unreachable' || (session.status === 'user' && session.offline === true);
  useEffect(() => {
    if (!offline) return;
    const retry = () => void refreshSession();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [offline]);

  if (session.status === 'loading') return <p role="status">{t('auth.loading')}</p>;
  if (session.status === 'anonymous' || (session.status === 'unreachable' && !shareToken())) return <LoginPage />;
  return (
    <>
      {children}
      <RefusalToast />
    </>
  );
}
