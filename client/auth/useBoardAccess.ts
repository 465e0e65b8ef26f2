import { useEffect, useState } from 'react';
import { authApi, type BoardAccess } from './authApi.ts';

/**
 * The signed-in user's role on a board (GET /api/boards/:id/access), null until known or when it
 * cannot be asked (or no board is given). editAccessFor (editAccess.ts) turns it into what the UI offers; the server enforces it regardless.
 */
export function useBoardAccess(boardId: string): BoardAccess | null {
  const [access, setAccess] = useState<BoardAccess | null>(null);
  useEffect(() => {
    let current = true;
    setAccess(null);
    if (!boardId) return;
    authApi.access(boardId).then(
      (found) => current && setAccess(found),
      () => {}, // offline or not allowed: the board page says so itself
    );
    return () => void (current = false);
  }, [boardId]);
  return access;
}
