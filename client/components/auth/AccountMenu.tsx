import { useTranslation } from 'react-i18next';
import { logOut, type Session } from '../../auth/useSession.ts';
import { Link } from '../app/Link.tsx';
import './auth.css';

/** Who is logged in, the board's members page for its facilitator, the users page for admins, and logging out. */
export function AccountMenu({ session, membersHref }: { session: Extract<Session, { status: 'user' }>; membersHref?: string }) {
  const { t } = useTranslation();
  return (
    <nav className="auth-account" aria-label={t('auth.signedInAs', { name: session.user.displayName })}>
      <span>{session.user.displayName}</span>
      {membersHref && <Link href={membersHref}>{t('members.link')}</Link>}
      {session.user.siteRole === 'admin' && <Link href="/users">{t('auth.users.link')}</Link>}
      <button type="button" onClick={() => void logOut()}>
        {t('auth.logout')}
      </button>
    </nav>
  );
}
