import { History } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardContext } from '../../state/BoardContext.tsx';
import { useColumns } from '../../state/useBoard.ts';
import { useQuietChanges } from '../../state/useQuietChanges.ts';
import { Modal } from '../board/Modal.tsx';
import { BoardHistory } from './BoardHistory.tsx';
import './ActivityPanel.css';

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
