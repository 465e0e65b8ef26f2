import { History } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardContext } from '../../state/BoardContext.tsx';
import { useColumns } from '../../state/useBoard.ts';
import { Modal } from '../board/Modal.tsx';
import { BoardHistory } from './BoardHistory.tsx';
import './ActivityPanel.css';

/**
 * The server records an update's history once it has stored it, which is a moment after this
 * browser sees the change; the feed waits until the board has been quiet this long before asking.
 */
const QUIET_MS = 1000;

/**
 * The header's "Aktivitet" button and the board's activity feed it opens as a side dialog, for
 * every role that may read the board (ROLE6, HIST4). The dialog takes focus and gives it back on
 * close (Modal); the feed is fetched on open and again after the board changes while it is open.
 * Nothing is fetched while it is closed.
 */
export function ActivityPanel({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="activity-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <History aria-hidden="true" size={18} /> {t('history.open')}
      </button>
      {open && (
        <Modal title={t('history.feed')} onClose={() => setOpen(false)} className="activity-panel">
          <ActivityFeed boardId={boardId} />
        </Modal>
      )}
    </>
  );
}

/** The feed with cards and columns named by their current titles, refetched after each quiet spell following a change. */
function ActivityFeed({ boardId }: { boardId: string }) {
  const { store } = useBoardContext();
  const columns = useColumns();
  const version = useQuietChanges();
  return (
    <BoardHistory
      boardId={boardId}
      version={version}
      cardTitle={(cardId) => store.getCard(cardId)?.title}
      columnTitle={(columnId) => columns.find((column) => column.id === columnId)?.title}
    />
  );
}

/** Counts the board's changes, once per spell of changes followed by QUIET_MS without one. */
function useQuietChanges(): number {
  const { store } = useBoardContext();
  const [count, setCount] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setCount((n) => n + 1), QUIET_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store]);
  return count;
}
