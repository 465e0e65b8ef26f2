import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from './auth/useSession.ts';
import { LiveRegionProvider } from './components/app/LiveRegion.tsx';
import { NotFoundPage } from './components/app/NotFoundPage.tsx';
import { PageLoading } from './components/app/PageLoading.tsx';
import { meetingPath, useRoute, type Route } from './components/app/router.ts';
import { StartPage } from './components/start/StartPage.tsx';

/**
 * React.lazy for a module's named export (lazy wants a default one). Zod comes with the pages, not
 * the first load, so it is set jitless here, before any page can parse (SEC5, zodWithoutEval.ts).
 */
function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    await import('./zodWithoutEval.ts');
    return { default: await load() };
  });
}

// The start page (and the login page, in AuthGate) come with the first load; every other page is
// fetched when first opened, so a newcomer does not download the board, its drag and drop, the
// card editor and the charts before seeing the list of boards. tests/project/bundle.test.ts holds this.
const BoardPage = lazyPage(async () => (await import('./components/app/BoardPage.tsx')).BoardPage);
const MembersPage = lazyPage(async () => (await import('./components/members/MembersPage.tsx')).MembersPage);
const UsersPage = lazyPage(async () => (await import('./components/auth/UsersPage.tsx')).UsersPage);
const MeetingPage = lazyPage(async () => (await import('./components/meeting/MeetingPage.tsx')).MeetingPage);
const MinutesPrintPage = lazyPage(async () => (await import('./components/minutes/MinutesPrintPage.tsx')).MinutesPrintPage);
const BoardPrintPage = lazyPage(async () => (await import('./components/print/BoardPrintPage.tsx')).BoardPrintPage);
const ProjectorPage = lazyPage(async () => (await import('./components/present/ProjectorPage.tsx')).ProjectorPage);

/** The app: picks the page from the address; the board page is keyed by board so each board opens fresh. */
export function App() {
  const route = useRoute();
  return (
    <LiveRegionProvider>
      <Suspense fallback={<PageLoading />}>
        <Page route={route} />
      </Suspense>
    </LiveRegionProvider>
  );
}

function Page({ route }: { route: Route }) {
  const { t } = useTranslation();
  // The members and users pages are an account's; a share link has neither.
  const hasAccount = useSession().status === 'user';
  const notFound = <NotFoundPage title={t('app.notFound')} />;
  switch (route.page) {
    case 'start':
      return <StartPage />;
    case 'board':
      return <BoardPage key={route.boardId} boardId={route.boardId} />;
    case 'members':
      return hasAccount ? <MembersPage key={route.boardId} boardId={route.boardId} /> : notFound;
    case 'boardPrint':
      return <BoardPrintPage key={route.boardId} boardId={route.boardId} />;
    case 'users':
      return hasAccount ? <UsersPage /> : notFound;
    case 'meeting':
      return <MeetingPage key={route.meetingId} meetingId={route.meetingId} />;
    case 'meetingMembers':
      return hasAccount ? <MembersPage key={route.meetingId} boardId={route.meetingId} back={{ href: meetingPath(route.meetingId), label: t('meeting.backToMeeting') }} /> : notFound;
    case 'minutes':
      return <MinutesPrintPage key={route.meetingId} meetingId={route.meetingId} />;
    case 'present':
      return <ProjectorPage key={route.meetingId} meetingId={route.meetingId} />;
    case 'notFound':
      return notFound;
  }
}
