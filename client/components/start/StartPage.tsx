import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayCreateBoards } from '../../auth/authApi.ts';
import { useSession } from '../../auth/useSession.ts';
import { AppHeader } from '../app/AppHeader.tsx';
import { boardPath, navigate } from '../app/router.ts';
import { BoardList } from './BoardList.tsx';
import { boardsApi, type BoardsApi, type BoardSummary, type NewBoardRequest } from './boardsApi.ts';
import { CreateBoardForm } from './CreateBoardForm.tsx';

type Loaded = { state: 'loading' } | { state: 'error' } | { state: 'loaded'; boards: BoardSummary[] };

const defaultApi = boardsApi();

/** The start page: every board, newest change first, and, for an account that may create boards (SEC2), a form that creates one and opens it. */
export function StartPage({ api = defaultApi, mayCreate }: { api?: BoardsApi; /** Overrides what the session says (tests). */ mayCreate?: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const showCreate = mayCreate ?? (session.status === 'user' && mayCreateBoards(session.user));
  const listHeadingId = useId();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  const load = useCallback(() => {
    setLoaded({ state: 'loading' });
    api.list().then(
      (boards) => setLoaded({ state: 'loaded', boards: [...boards].sort((a, b) => Number(new Date(b.updatedAt)) - Number(new Date(a.updatedAt))) }),
      () => setLoaded({ state: 'error' }),
    );
  }, [api]);

  useEffect(() => {
    document.title = `${t('start.title')} – ${t('app.name')}`;
  }, [t]);
  useEffect(load, [load]);

  const create = async (board: NewBoardRequest): Promise<void> => {
    const created = await api.create(board);
    navigate(boardPath(created.id));
  };

  return (
    <>
      <AppHeader title={t('start.title')} />
      <main id="main" className="start-page">
        <section className="start-boards" aria-labelledby={listHeadingId}>
          <h2 id={listHeadingId}>{t('start.boards')}</h2>
          {loaded.state === 'loading' && <p>{t('app.loading')}</p>}
          {loaded.state === 'error' && (
            <p role="alert">
              {t('start.loadError')}{' '}
              <button type="button" onClick={load}>
                {t('start.retry')}
              </button>
            </p>
          )}
          {loaded.state === 'loaded' && <BoardList boards={loaded.boards} labelledBy={listHeadingId} />}
        </section>
        {showCreate && <CreateBoardForm onCreate={create} />}
      </main>
    </>
  );
}
