import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { authApi, type BoardAccess } from '../auth/authApi.ts';
import { editAccessFor, type EditAccess } from '../auth/editAccess.ts';
import { useSession } from '../auth/useSession.ts';
import { boardStoreFor } from '../state/boardStore.ts';
import { openLiveBoard, type OpenBoard } from '../sync/useBoardCards.ts';

/** One board a decision links, opened live: its document once loaded, its title and what this user may change on it. */
export interface DecisionBoard {
  /** Null until the document holds the board: nothing is judged against a board not yet loaded. */
  doc: Y.Doc | null;
  origin: unknown;
  title: string;
  /** ROLE4 as the card editor reads it (editAccessFor: the server's own cardInScope); read-only until the role is known. */
  access: EditAccess;
  /** Whether the role has been asked and answered (or refused): until then `access` says nothing of the user. */
  roleKnown: boolean;
}

/**
 * Opens every board in `boardIds` for as long as the caller is mounted, as the meeting page opens
 * its linked boards (useBoardCards), and asks the user's role on each (GET /api/boards/:id/access).
 * Re-renders when a board loads or changes, or a role arrives.
 */
export function useDecisionBoards(boardIds: readonly string[], openBoard: OpenBoard = openLiveBoard): ReadonlyMap<string, DecisionBoard> {
  const key = [...new Set(boardIds)].sort().join('\n');
  const [sessions, setSessions] = useState<ReadonlyMap<string, { doc: Y.Doc; origin: unknown }>>(new Map());
  const [roles, setRoles] = useState<ReadonlyMap<string, BoardAccess | null>>(new Map());
  const [version, setVersion] = useState(0);
  const account = useSession();
  const displayName = account.status === 'user' ? account.user.displayName : undefined;

  useEffect(() => {
    const ids = key === '' ? [] : key.split('\n');
    let current = true;
    const opened = ids.map((id) => [id, openBoard(id)] as const);
    const unsubscribe = opened.map(([, session]) => boardStoreFor(session.doc).subscribe(() => setVersion((n) => n + 1)));
    setSessions(new Map(opened.map(([id, session]) => [id, { doc: session.doc, origin: session.origin }])));
    for (const id of ids) {
      authApi.access(id).then(
        (access) => current && setRoles((before) => new Map(before).set(id, access)),
        () => current && setRoles((before) => new Map(before).set(id, null)), // no role (or offline): read-only here, and each card says why
      );
    }
    return () => {
      current = false;
      unsubscribe.forEach((stop) => stop());
      opened.forEach(([, session]) => session.destroy());
    };
  }, [key, openBoard]);

  return useMemo(() => {
    void version; // read again after each change of a board
    const boards = new Map<string, DecisionBoard>();
    for (const [id, { doc, origin }] of sessions) {
      const meta = boardStoreFor(doc).getMeta();
      boards.set(id, { doc: meta ? doc : null, origin, title: meta?.title ?? id, access: editAccessFor(roles.get(id) ?? null, displayName), roleKnown: roles.has(id) });
    }
    return boards;
  }, [sessions, roles, displayName, version]);
}
