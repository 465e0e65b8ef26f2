import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi, type HistoryEntry } from '../../auth/authApi.ts';
import { formatHistoryLine, historyLines } from '../../auth/historyLines.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useAnnounce } from '../app/LiveRegion.tsx';

/** Entries asked for at a time; a refresh asks for as many as are shown, up to the server's 500. */
const PAGE = 50;
const MOST = 500;

interface BoardHistoryProps {
  boardId: string;
  cardId?: string;
  /** Names the columns a card moved between. */
  columnTitle?: (columnId: string) => string | undefined;
  /** Names the card an entry is about, in the board's feed (a card's own history needs no name). */
  cardTitle?: (cardId: string) => string | undefined;
  /** Fetched again, keeping as many entries as are shown, whenever this changes. */
  version?: number;
}

/** The entries shown, newest first, and whether the server has older ones. */
interface Feed {
  entries: HistoryEntry[];
  hasMore: boolean;
}

/**
 * The newest entries fetched again, then those shown that are older than all of them (ids grow
 * with time): a refresh that answers after "Visa fler" never takes the older page away again.
 */
function refreshed(before: Feed | null, found: HistoryEntry[], limit: number): Feed {
  const oldest = found.at(-1)?.id;
  const older = oldest === undefined || !before ? [] : before.entries.filter((entry) => entry.id < oldest);
  return { entries: [...found, ...older], hasMore: older.length > 0 ? before!.hasMore : found.length === limit };
}

/** The feed with an older page after it (each entry once, should a refresh have brought some already). */
function withOlder(before: Feed | null, older: HistoryEntry[]): Feed {
  const known = new Set(before?.entries.map((entry) => entry.id));
  return { entries: [...(before?.entries ?? []), ...older.filter((entry) => !known.has(entry.id))], hasMore: older.length === PAGE };
}

/**
 * A board's activity feed, or one card's history with `cardId`: newest first, one sentence per
 * card and update (HIST4, HIST9), and "Visa fler" for older entries while the server has more. After "Visa fler" focus
 * moves to the first older entry, so a keyboard user reads on from there, and the count is announced.
 */
export function BoardHistory({ boardId, cardId, columnTitle, cardTitle, version = 0 }: BoardHistoryProps) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const [feed, setFeed] = useState<Feed | null>(null);
  const [failed, setFailed] = useState(false);
  const shown = useRef(0);
  const focusId = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    let current = true;
    const limit = Math.min(MOST, Math.max(PAGE, shown.current));
    authApi.history(boardId, { cardId, limit }).then(
      ({ entries: found }) => {
        if (!current) return;
        setFeed((before) => refreshed(before, found, limit));
        setFailed(false);
      },
      () => current && setFailed(true),
    );
    return () => void (current = false);
  }, [boardId, cardId, version]);

  useEffect(() => {
    shown.current = feed?.entries.length ?? 0;
    if (focusId.current === null) return;
    // HIST9: the entry may be on a line that begins with a newer one of the same update.
    const lines = historyLines(feed?.entries ?? []);
    const line = lines.find((candidate) => candidate.entries.some((entry) => entry.id === focusId.current));
    list.current?.querySelector<HTMLElement>(`[data-entry="${line?.id}"]`)?.focus();
    focusId.current = null;
    announce(t('history.shown', { count: lines.length }));
  }, [feed, announce, t]);

  const showOlder = async (): Promise<void> => {
    const oldest = feed?.entries.at(-1);
    if (!oldest) return;
    try {
      const { entries: older } = await authApi.history(boardId, { cardId, before: oldest.id, limit: PAGE });
      // The first older entry, or the last one when there was none (the button goes either way at the end).
      focusId.current = older[0]?.id ?? oldest.id;
      setFeed((before) => withOlder(before, older));
    } catch {
      setFailed(true);
    }
  };

  const entries = feed?.entries;
  const lines = historyLines(entries ?? []);
  return (
    <>
      {failed && <p role="alert">{t('history.failed')}</p>}
      {entries && lines.length === 0 && <p>{t('history.empty')}</p>}
      {lines.length > 0 && (
        <ol className="board-history" ref={list}>
          {lines.map((line) => {
            const entry = line.entries[0]!;
            const title = entry.cardId !== null && entry.field !== 'card' ? cardTitle?.(entry.cardId) : undefined;
            return (
              <li key={line.id} data-entry={line.id} tabIndex={-1}>
                {title !== undefined && <strong>{t('history.onCard', { title })} </strong>}
                {formatHistoryLine(line, t, i18n.language, columnTitle)}, <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </li>
            );
          })}
        </ol>
      )}
      {feed?.hasMore && (
        <button type="button" className="history-more" onClick={() => void showOlder()}>
          {t('history.more')}
        </button>
      )}
    </>
  );
}
