import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { shareToken } from '../../auth/authApi.ts';
import { refreshSession, useSession } from '../../auth/useSession.ts';
import { LoginPage } from './LoginPage.tsx';
import { RefusalToast } from './RefusalToast.tsx';

/**
 * Wraps the app (client/main.tsx): the login page until the server knows who this is; then the
 * app (its routes, client/components/app/router.ts) and the toast for the server's refusals.
 * A share link (`?share=`) is a session of its own and skips the login.
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

  if (session.status === 'loading') return <p role="status">{t('auth.loading')}</p>;
  if (session.status === 'anonymous') return <LoginPage />;
  return (
    <>
      {children}
      <RefusalToast />
    </>
  );
}
