import { useEffect, useState } from 'react';
import { authApi, type BoardAccess } from './authApi.ts';
import { rememberAccess, rememberedAccess } from './rememberedAccess.ts';

/**
 * The signed-in user's role on a board (GET /api/boards/:id/access). Until the server answers, and
 * when it cannot be asked, the role it last gave here (rememberedAccess.ts), else null (or no board
 * is given). editAccessFor (editAccess.ts) turns it into what the UI offers, read-only for null; the
 * server enforces it regardless.
 */
export function useBoardAccess(boardId: string): BoardAccess | null {
  const [access, setAccess] = useState<BoardAccess | null>(() => (boardId ? rememberedAccess(boardId) : null));
  useEffect(() => {
    let current = true;
    setAccess(boardId ? rememberedAccess(boardId) : null);
    if (!boardId) return;
    authApi.access(boardId).then(
      (found) => {
        if (!current) return;
        rememberAccess(boardId, found);
        setAccess(found);
      },
      () => {}, // offline or not allowed: the remembered role stays, and the board page says what is wrong
    );
    return () => void (current = false);
  }, [boardId]);
  return access;
}
