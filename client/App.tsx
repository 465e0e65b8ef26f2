import { useTranslation } from 'react-i18next';
import { useSession } from './auth/useSession.ts';
import { AppHeader } from './components/app/AppHeader.tsx';
import { BoardPage } from './components/app/BoardPage.tsx';
import { Link } from './components/app/Link.tsx';
import { LiveRegionProvider } from './components/app/LiveRegion.tsx';
import { useRoute, type Route } from './components/app/router.ts';
import { UsersPage } from './components/auth/UsersPage.tsx';
import { MembersPage } from './components/members/MembersPage.tsx';
import { StartPage } from './components/start/StartPage.tsx';

/** The app: picks the page from the address; the board page is keyed by board so each board opens fresh. */
export function App() {
  const route = useRoute();
  return (
    <LiveRegionProvider>
      <Page route={route} />
    </LiveRegionProvider>
  );
}

function Page({ route }: { route: Route }) {
  // The members and users pages are an account's; a share link has neither.
  const hasAccount = useSession().status === 'user';
  switch (route.page) {
    case 'start':
      return <StartPage />;
    case 'board':
      return <BoardPage key={route.boardId} boardId={route.boardId} />;
    case 'members':
      return hasAccount ? <MembersPage key={route.boardId} boardId={route.boardId} /> : <NotFound />;
    case 'users':
      return hasAccount ? <UsersPage /> : <NotFound />;
    case 'notFound':
      return <NotFound />;
  }
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <AppHeader title={t('app.notFound')} />
      <main id="main">
        <p>
          <Link href="/">{t('app.home')}</Link>
        </p>
      </main>
    </>
  );
}
