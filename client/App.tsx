import { useTranslation } from 'react-i18next';
import { AppHeader } from './components/app/AppHeader.tsx';
import { BoardPage } from './components/app/BoardPage.tsx';
import { Link } from './components/app/Link.tsx';
import { LiveRegionProvider } from './components/app/LiveRegion.tsx';
import { useRoute } from './components/app/router.ts';
import { StartPage } from './components/start/StartPage.tsx';

/** The app: picks the page from the address; the board page is keyed by board so each board opens fresh. */
export function App() {
  const route = useRoute();
  return <LiveRegionProvider>{route.page === 'start' ? <StartPage /> : route.page === 'board' ? <BoardPage key={route.boardId} boardId={route.boardId} /> : <NotFound />}</LiveRegionProvider>;
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
