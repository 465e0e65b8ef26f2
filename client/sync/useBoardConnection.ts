import { useEffect, useState, useSyncExternalStore } from 'react';
import { createBoardSession, type BoardSession } from './boardSession.ts';
import type { ConnectionState } from './connectionState.ts';
import { syncUrl } from './syncUrl.ts';

const CONNECTING: ConnectionState = { status: 'connecting' };
const noSubscription = (): (() => void) => () => {};

/**
 * Opens the board `boardId` for as long as the calling component is mounted: null on the first
 * render, then the session (document, awareness, origin, undo manager). The session is created in
 * an effect, so React's double-run in development opens and closes a spare one harmlessly.
 */
export function useBoardConnection(boardId: string): BoardSession | null {
  const [session, setSession] = useState<BoardSession | null>(null);
  useEffect(() => {
    const opened = createBoardSession(boardId, { url: syncUrl(window.location) });
    setSession(opened);
    return () => {
      setSession(null);
      opened.destroy();
    };
  }, [boardId]);
  return session?.boardId === boardId ? session : null;
}

/** The connection state of a session as a value that re-renders its readers when it changes. */
export function useConnectionState(session: BoardSession | null): ConnectionState {
  return useSyncExternalStore(
    session ? session.subscribeConnection : noSubscription,
    session ? session.getConnection : () => CONNECTING,
    session ? session.getConnection : () => CONNECTING,
  );
}
