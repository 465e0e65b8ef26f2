import type { BoardAccess, BoardRole } from './authApi.ts';

// The last role the server gave this browser on each board, so that a reload without the server
// (offline) keeps the rights it had, instead of none (the UI is read-only while access is unknown).
const keyOf = (boardId: string) => `tavla.access.${boardId}`;
const ROLES: readonly BoardRole[] = ['facilitator', 'editor', 'unitChief', 'viewer'];

const isBoardAccess = (value: unknown): value is BoardAccess => {
  const access = value as Partial<BoardAccess> | null;
  return ROLES.includes(access?.role as BoardRole) && Array.isArray(access?.scope) && access.scope.every((unit) => typeof unit === 'string');
};

/** Remembers the role the server just gave on a board. */
export function rememberAccess(boardId: string, { role, scope }: BoardAccess): void {
  try {
    globalThis.localStorage?.setItem(keyOf(boardId), JSON.stringify({ role, scope }));
  } catch {
    // storage blocked: an offline reload then shows the board read-only
  }
}

/** The role last given on this board here, or null (never asked, or storage blocked). */
export function rememberedAccess(boardId: string): BoardAccess | null {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(keyOf(boardId)) ?? 'null');
    return isBoardAccess(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Forgets the roles of every board (a logout): the next person on this browser starts from none. */
export function forgetAllAccess(): void {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return;
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key) => key?.startsWith(keyOf('')));
    keys.forEach((key) => storage.removeItem(key!));
  } catch {
    // storage blocked: nothing was remembered
  }
}
