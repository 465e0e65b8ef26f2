import { useSyncExternalStore } from 'react';
import { isValidId } from '../../../shared/ids.ts';

/** The pages Tavla has: the start page at `/`, a board at `/b/:boardId`. */
export type Route = { page: 'start' } | { page: 'board'; boardId: string } | { page: 'notFound' };

/** The route a path names; a board path with an id that could not be a board is not found. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'start' };
  const board = /^\/b\/([^/]+)\/?$/.exec(pathname);
  if (board?.[1]) {
    const boardId = decodeURIComponent(board[1]);
    return isValidId(boardId) ? { page: 'board', boardId } : { page: 'notFound' };
  }
  return { page: 'notFound' };
}

/** The path of a board page. */
export const boardPath = (boardId: string): string => `/b/${encodeURIComponent(boardId)}`;

// pushState fires no event of its own, so navigate() announces itself with this one.
const NAVIGATE_EVENT = 'tavla:navigate';

/** Goes to a path inside the app without reloading the page (History API). */
export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const currentPath = (): string => window.location.pathname;

/** The current route, following back/forward and navigate(). */
export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribe, currentPath, currentPath);
  return parseRoute(pathname);
}
