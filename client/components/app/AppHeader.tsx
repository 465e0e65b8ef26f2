import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountMenu } from '../auth/AccountMenu.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Link } from './Link.tsx';

/**
 * The bar on every page: home link, the page's title as its one h1, the page's tools, the language
 * and the account menu (with `membersHref` on a board its facilitator has open).
 */
export function AppHeader({ title, membersHref, children }: { title: ReactNode; membersHref?: string | undefined; children?: ReactNode }) {
  const { t } = useTranslation();
  const appName = t('app.name');
  // A11Y3: the tab says which page this is, "<page> – Tavla"; a title that is not text (the board's,
  // live) sets it itself (BoardTitle).
  useEffect(() => {
    if (typeof title === 'string') document.title = `${title} – ${appName}`;
  }, [title, appName]);
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Link href="/" className="app-home" title={t('app.home')}>
        {t('app.name')}
      </Link>
      <h1 className="app-title">{title}</h1>
      <div className="app-tools">
        {children}
        <LanguageSwitch />
        <AccountMenu membersHref={membersHref} />
      </div>
    </header>
  );
}
