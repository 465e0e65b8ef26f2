import { useEffect, useState } from 'react';
import { boardsApi, type BoardSummary } from '../start/boardsApi.ts';

const api = boardsApi();

/**
 * The boards this user can see (GET /api/boards lists only those, never a meeting): what an item
 * may link, and the titles its links are shown by. Empty until the server answers, and when it
 * cannot be asked (a link is then shown by its id).
 */
export function useLinkableBoards(): readonly BoardSummary[] {
  const [boards, setBoards] = useState<readonly BoardSummary[]>([]);
  useEffect(() => {
    let current = true;
    api.list().then(
      (found) => current && setBoards([...found].sort((a, b) => a.title.localeCompare(b.title, 'sv'))),
      () => {},
    );
    return () => void (current = false);
  }, []);
  return boards;
}

/** A board's title among `boards`, else its id. */
export const boardTitle = (boards: readonly BoardSummary[], boardId: string): string => boards.find((board) => board.id === boardId)?.title ?? boardId;
