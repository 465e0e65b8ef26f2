import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi, type HistoryEntry } from '../../auth/authApi.ts';
import { formatHistoryEntry } from '../../auth/formatHistoryEntry.ts';
import { formatDateTime } from '../../i18n/format.ts';

/**
 * A board's activity feed, or one card's history with `cardId`: newest first, one sentence each (HIST4);
 * `columnTitle` names the columns a card moved between.
 */
export function BoardHistory({ boardId, cardId, columnTitle }: { boardId: string; cardId?: string; columnTitle?: (columnId: string) => string | undefined }) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  useEffect(() => {
    let current = true;
    authApi.history(boardId, cardId).then(
      ({ entries: found }) => current && setEntries(found),
      () => current && setEntries([]),
    );
    return () => void (current = false);
  }, [boardId, cardId]);
  if (entries === null) return null;
  if (entries.length === 0) return <p>{t('history.empty')}</p>;
  return (
    <ol className="board-history">
      {entries.map((entry) => (
        <li key={entry.id}>
          {formatHistoryEntry(entry, t, i18n.language, columnTitle)}, <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
        </li>
      ))}
    </ol>
  );
}
