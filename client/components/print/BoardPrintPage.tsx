import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { changedSinceFromQuery, filterFromQuery, filterPredicate, type CardFilter } from '../../../shared/export/cardFilter.ts';
import type { BoardSnapshot } from '../../../shared/read/readBoard.ts';
import { computeTotals } from '../../../shared/sums.ts';
import { formatDate } from '../../i18n/format.ts';
import { BoardProvider } from '../../state/BoardContext.tsx';
import { useBoard } from '../../state/useBoard.ts';
import type { ConnectionState } from '../../sync/connectionState.ts';
import { useBoardConnection, useConnectionState } from '../../sync/useBoardConnection.ts';
import { useMissingOnServer } from '../../sync/useMissingOnServer.ts';
import { ConnectionStatus } from '../app/ConnectionStatus.tsx';
import { Link } from '../app/Link.tsx';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { OpeningPage } from '../app/OpeningPage.tsx';
import { boardPath } from '../app/router.ts';
import { boardsApi, type BoardsApi } from '../start/boardsApi.ts';
import { AssignmentsPrint } from './AssignmentsPrint.tsx';
import { GeneralPrint } from './GeneralPrint.tsx';
import { MeasuresPrint } from './MeasuresPrint.tsx';
import type { CardPredicate } from './printedLanes.ts';
import { useChangedCards } from './useChangedCards.ts';
import { useFilterWords } from './useFilterWords.ts';
import { usePrintPageRule } from './usePrintPageRule.ts';
import '../../styles/printView.css';
import './boardPrint.css';

const defaultApi = boardsApi();

// The page line keeps its places for the counters, which only the printed page knows (printPageRule).
const PAGE_PLACES = { page: '{{page}}', pages: '{{pages}}' };

/**
 * A board's print view (/b/:boardId/utskrift, PRT1): its cards as the decks' tables on A4
 * landscape, for the browser's "Skriv ut / Spara som PDF", of the whole board or, given a filter's
 * query (filterQuery), of what the filter shows, its changed cards asked of the server (PRT4). Every reader of the board may open it,
 * a share link too; on screen only a bar to go back and print, which is not printed.
 */
export function BoardPrintPage({ boardId, api = defaultApi }: { boardId: string; api?: Pick<BoardsApi, 'get'> }) {
  const { t } = useTranslation();
  const missing = useMissingOnServer(boardId, api.get);
  const session = useBoardConnection(boardId);
  const connection = useConnectionState(session);
  if (missing) return <NotFoundPage title={t('app.boardNotFound')} />;
  if (!session) return <OpeningPage connection={connection} />;
  return (
    <BoardProvider doc={session.doc} origin={session.origin}>
      <PrintedBoard boardId={boardId} connection={connection} />
    </BoardProvider>
  );
}

function PrintedBoard({ boardId, connection }: { boardId: string; connection: ConnectionState }) {
  const { t } = useTranslation();
  const board = useBoard();
  const search = window.location.search;
  const asked = useMemo(() => {
    const query = new URLSearchParams(search);
    const read = (name: string) => query.get(name) ?? undefined;
    return { fields: filterFromQuery(read), changedSince: changedSinceFromQuery(read) };
  }, [search]);
  const changed = useChangedCards(boardId, asked.changedSince);
  const ids = changed?.state === 'ready' ? changed.ids : undefined;
  const fields = useMemo(() => (ids ? { ...asked.fields, changed: ids } : asked.fields), [asked.fields, ids]);
  const filter = useMemo(() => filterPredicate(fields), [fields]);
  const title = board?.meta.title ?? '';
  const printedOn = t('print.printedOn', { date: formatDate(new Date()) });
  usePrintPageRule({ title, printedOn, pageOf: t('print.pageOf', PAGE_PLACES) });
  useEffect(() => {
    document.title = `${t('print.pageTitle', { title: title || t('app.loading') })} – ${t('app.name')}`;
  }, [title, t]);
  const cards = board?.cards.some((card) => !card.archived) ?? false;
  return (
    <div className="board-print">
      <nav className="print-toolbar no-print" aria-label={t('print.toolbar')}>
        <Link href={boardPath(boardId)}>← {t('print.back')}</Link>
        <button type="button" onClick={() => window.print()} disabled={!board}>
          {t('print.print')}
        </button>
        <ConnectionStatus connection={connection} />
      </nav>
      <main id="main" className="board-print-sheet">
        {changed?.state === 'failed' ? (
          <p role="alert">{t('changes.failed')}</p>
        ) : !board || changed?.state === 'loading' ? (
          <p>{t('board.loading')}</p>
        ) : (
          <>
            <h1>{title}</h1>
            <p className="board-print-date">{printedOn}</p>
            {!cards && <p>{t('print.empty')}</p>}
            {filter && <FilteredNote board={board} filter={filter} fields={fields} />}
            {board.meta.kind === 'measures' && <MeasuresPrint board={board} filter={filter} />}
            {board.meta.kind === 'assignments' && <AssignmentsPrint board={board} filter={filter} />}
            {board.meta.kind === 'general' && <GeneralPrint board={board} filter={filter} />}
          </>
        )}
      </main>
    </div>
  );
}

/** Says that the paper holds what a filter shows, how much of the board that is and which fields the filter sets (PRT4). */
function FilteredNote({ board, filter, fields }: { board: BoardSnapshot; filter: CardPredicate; fields: CardFilter }) {
  const { t } = useTranslation();
  const shown = computeTotals(board, filter).board.count;
  const words = useFilterWords(fields, board.meta.kind);
  return <p className="board-print-filtered">{t('print.filtered', { shown, count: computeTotals(board).board.count, fields: words })}</p>;
}
