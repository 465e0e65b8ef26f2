import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useColumns } from '../../state/useBoard.ts';
import { BoardHistory } from '../members/BoardHistory.tsx';

/**
 * The card's history in its editor, collapsed under "Historik" (a native <details>: keyboard and
 * screen readers know it). Asked from the server only when opened; column ids read as titles.
 */
export function CardHistory({ boardId, cardId }: { boardId: string; cardId: string }) {
  const { t } = useTranslation();
  const columns = useColumns();
  const [open, setOpen] = useState(false);
  const columnTitle = (columnId: string): string | undefined => columns.find((column) => column.id === columnId)?.title;
  return (
    <details className="card-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('history.title')}</summary>
      {open && <BoardHistory boardId={boardId} cardId={cardId} columnTitle={columnTitle} />}
    </details>
  );
}
