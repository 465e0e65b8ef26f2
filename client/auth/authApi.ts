import type { ChangeEntry } from '../../shared/changes/collapseChanges.ts';

/** An account as the server shows it (never its password). */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  siteRole: SiteRole;
}

/** Site roles: an admin, a creator (may create boards), or a plain user (SEC2). */
export const SITE_ROLES = ['admin', 'creator', 'user'] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

/** Whether this account may create boards (SEC2): the server refuses everyone else. */
export const mayCreateBoards = (user: SessionUser): boolean => user.siteRole === 'admin' || user.siteRole === 'creator';

/** An account as GET /api/users gives it to a facilitator who is not an admin: enough to pick a member (SEC2). */
export interface AccountChoice {
  id: string;
  displayName: string;
  /** Only an admin is shown usernames. */
  username?: string;
}

export type BoardRole = 'facilitator' | 'editor' | 'unitChief' | 'viewer';

export interface BoardAccess {
  role: BoardRole;
  scope: string[];
}

export interface Member extends BoardAccess {
  userId: string;
  displayName: string;
}

export interface ShareLink {
  id: string;
  createdAt: string;
  revokedAt?: string;
}

/** One field-level change (GET /api/boards/:id/history): the history entry the changes view collapses too. */
export type HistoryEntry = ChangeEntry;

/** A refused call: the HTTP status and the server's error code (`invalid_credentials`, `forbidden`, …). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The server's finer reason, when it gives one (`weak_password`: common, username, display_name). */
    readonly reason?: string,
  ) {
    super(message);
  }
}

const SHARE_KEY = 'tavla.share';

/**
 * The share-link token this tab was opened with (`/b/<id>?share=<token>`), kept for the tab's
 * life in sessionStorage. It is sent as a bearer token, and as the sync `token` parameter.
 */
export function shareToken(location: { search: string } = globalThis.location): string | null {
  const fromUrl = new URLSearchParams(location?.search ?? '').get('share');
  try {
    if (fromUrl) globalThis.sessionStorage?.setItem(SHARE_KEY, fromUrl);
    return fromUrl ?? globalThis.sessionStorage?.getItem(SHARE_KEY) ?? null;
  } catch {
    return fromUrl; // storage blocked: the token still works for this page
  }
}

/**
 * A JSON call to the server on the page's origin. The browser sends the session cookie itself
 * (HttpOnly: scripts never see it); a share link's token goes as a bearer token.
 */
export async function callApi<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  // The server takes a change that carries the session cookie only as JSON, body or not (SEC4).
  const headers: Record<string, string> = { accept: 'application/json', ...(method !== 'GET' && { 'content-type': 'application/json' }) };
  const share = shareToken();
  if (share) headers.authorization = `Bearer ${share}`;
  const response = await fetch(path, { method, headers, credentials: 'same-origin', ...(init.body !== undefined && { body: JSON.stringify(init.body) }) });
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => ({}))) as { error?: string; message?: string; reason?: string };
  if (!response.ok) throw new ApiFailure(response.status, body.error ?? 'http_error', body.message ?? `HTTP ${response.status}`, body.reason);
  return body as T;
}

const board = (id: string): string => `/api/boards/${encodeURIComponent(id)}`;

/** The account calls (AUTH, ROLE rules): login, accounts, members, share links and history. */
export const authApi = {
  login: (username: string, password: string) => callApi<{ token: string; user: SessionUser }>('/api/auth/login', { method: 'POST', body: { username, password } }),
  logout: () => callApi<{ ok: true }>('/api/auth/logout', { method: 'POST' }),
  me: () => callApi<{ user?: SessionUser; share?: { boardId: string } }>('/api/auth/me'),
  listUsers: () => callApi<SessionUser[]>('/api/users'),
  /** The accounts a member can be picked from: ids and display names (SEC2). */
  accountChoices: () => callApi<AccountChoice[]>('/api/users'),
  addUser: (user: { username: string; displayName: string; password: string; siteRole: SiteRole }) => callApi<SessionUser>('/api/users', { method: 'POST', body: user }),
  /** Makes an account a creator or a plain user (SEC2); an admin's role is not changed here. */
  setSiteRole: (username: string, siteRole: 'creator' | 'user') => callApi<{ username: string; siteRole: SiteRole }>(`/api/users/${encodeURIComponent(username)}`, { method: 'PATCH', body: { siteRole } }),
  removeUser: (username: string) => callApi<void>(`/api/users/${encodeURIComponent(username)}`, { method: 'DELETE' }),
  access: (boardId: string) => callApi<BoardAccess>(`${board(boardId)}/access`),
  members: (boardId: string) => callApi<Member[]>(`${board(boardId)}/members`),
  setMember: (boardId: string, userId: string, access: BoardAccess) => callApi<Member>(`${board(boardId)}/members/${encodeURIComponent(userId)}`, { method: 'PUT', body: access }),
  removeMember: (boardId: string, userId: string) => callApi<void>(`${board(boardId)}/members/${encodeURIComponent(userId)}`, { method: 'DELETE' }),
  shares: (boardId: string) => callApi<ShareLink[]>(`${board(boardId)}/share`),
  createShare: (boardId: string) => callApi<ShareLink & { token: string; url: string }>(`${board(boardId)}/share`, { method: 'POST' }),
  revokeShare: (boardId: string, shareId: string) => callApi<void>(`${board(boardId)}/share/${encodeURIComponent(shareId)}`, { method: 'DELETE' }),
  /** Newest first; `before` (an entry id) and `limit` page back through older entries (HIST4). */
  history: (boardId: string, query: { cardId?: string | undefined; before?: number | undefined; limit?: number | undefined } = {}) => {
    const params = new URLSearchParams(Object.entries(query).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])));
    return callApi<{ entries: HistoryEntry[] }>(`${board(boardId)}/history${params.size > 0 ? `?${params}` : ''}`);
  },
};
