import { useSyncExternalStore } from 'react';
import { isValidId } from '../../../shared/ids.ts';

/** A meeting's pages: the meeting at `/m/:meetingId`, its members at `/m/:meetingId/members` and its minutes' print view at `/m/:meetingId/protokoll`. */
type MeetingRoute = { page: 'meeting'; meetingId: string } | { page: 'meetingMembers'; meetingId: string } | { page: 'minutes'; meetingId: string };

/** The pages Tavla has: the start page at `/`, a board at `/b/:boardId`, its members at `/b/:boardId/members`, its print view at `/b/:boardId/utskrift` (PRT1), the accounts at `/users`. */
export type Route = { page: 'start' } | { page: 'board'; boardId: string } | { page: 'members'; boardId: string } | { page: 'boardPrint'; boardId: string } | { page: 'users' } | { page: 'notFound' } | { page: 'present'; meetingId: string } | MeetingRoute;

/** The route a path names; a board path with an id that could not be a board is not found. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'start' };
  if (/^\/users\/?$/.test(pathname)) return { page: 'users' };
  const present = /^\/m\/([^/]+)\/present\/?$/.exec(pathname);
  if (present?.[1]) {
    const meetingId = decodeURIComponent(present[1]);
    return isValidId(meetingId) ? { page: 'present', meetingId } : { page: 'notFound' };
  }
  const meeting = /^\/m\/([^/]+)(\/members|\/protokoll)?\/?$/.exec(pathname);
  if (meeting?.[1]) {
    const meetingId = decodeURIComponent(meeting[1]);
    if (!isValidId(meetingId)) return { page: 'notFound' };
    if (meeting[2] === '/protokoll') return { page: 'minutes', meetingId };
    return meeting[2] ? { page: 'meetingMembers', meetingId } : { page: 'meeting', meetingId };
  }
  const board = /^\/b\/([^/]+)(\/members|\/utskrift)?\/?$/.exec(pathname);
  if (board?.[1]) {
    const boardId = decodeURIComponent(board[1]);
    if (!isValidId(boardId)) return { page: 'notFound' };
    if (board[2] === '/utskrift') return { page: 'boardPrint', boardId };
    return board[2] ? { page: 'members', boardId } : { page: 'board', boardId };
  }
  return { page: 'notFound' };
}

/** The path of a board page. */
export const boardPath = (boardId: string): string => `/b/${encodeURIComponent(boardId)}`;

/** The path of a board's members page. */
export const membersPath = (boardId: string): string => `${boardPath(boardId)}/members`;

/** The path of a board's print view (PRT1), of what a filter shows when given its query (filterQuery, PRT4). */
export const boardPrintPath = (boardId: string, filter?: URLSearchParams): string =>
  `${boardPath(boardId)}/utskrift${filter && filter.size > 0 ? `?${filter.toString()}` : ''}`;

/** The path of a meeting page. */
export const meetingPath = (meetingId: string): string => `/m/${encodeURIComponent(meetingId)}`;

/** The path of a meeting's members page. */
export const meetingMembersPath = (meetingId: string): string => `${meetingPath(meetingId)}/members`;

/** The path of a meeting's minutes, the print view. */
export const minutesPath = (meetingId: string): string => `${meetingPath(meetingId)}/protokoll`;

/** The path of the accounts page. */
export const USERS_PATH = '/users';

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
