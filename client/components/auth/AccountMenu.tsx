import { useTranslation } from 'react-i18next';
import { logOut, useSession } from '../../auth/useSession.ts';
import { Link } from '../app/Link.tsx';
import { USERS_PATH } from '../app/router.ts';
import './auth.css';

/**
 * The header's account menu: who is logged in, the board's members page (`membersHref`, given to
 * a facilitator), the users page for admins, and logging out. Nothing without an account (a share link).
 */
export function AccountMenu({ membersHref }: { membersHref?: string | undefined }) {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status !== 'user') return null;
  return (
    <nav className="auth-account" aria-label={t('auth.signedInAs', { name: session.user.displayName })}>
      <span>{session.user.displayName}</span>
      {membersHref && <Link href={membersHref}>{t('members.link')}</Link>}
      {session.user.siteRole === 'admin' && <Link href={USERS_PATH}>{t('auth.users.link')}</Link>}
      <button type="button" onClick={() => void logOut()}>
        {t('auth.logout')}
      </button>
    </nav>
  );
}
