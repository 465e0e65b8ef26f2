import { readStored, removeStoredUnder, writeStored } from '../state/storedJson.ts';
import type { BoardAccess, BoardRole } from './authApi.ts';

// The last role the server gave this browser on each board, so that a reload without the server
// (offline) keeps the rights it had, instead of none (the UI is read-only while access is unknown).
const keyOf = (boardId: string) => `tavla.access.${boardId}`;
const ROLES: readonly BoardRole[] = ['facilitator', 'editor', 'unitChief', 'viewer'];

const isBoardAccess = (value: unknown): value is BoardAccess => {
  const access = value as Partial<BoardAccess> | null;
  return ROLES.includes(access?.role as BoardRole) && Array.isArray(access?.scope) && access.scope.every((unit) => typeof unit === 'string');
};

/** Remembers the role the server just gave on a board (not kept when storage is blocked: an offline reload then shows the board read-only). */
export const rememberAccess = (boardId: string, { role, scope }: BoardAccess): void => writeStored(keyOf(boardId), { role, scope });

/** The role last given on this board here, or null (never asked, or storage blocked). */
export const rememberedAccess = (boardId: string): BoardAccess | null => readStored(keyOf(boardId), isBoardAccess);

/** Forgets the roles of every board (a logout): the next person on this browser starts from none. */
export const forgetAllAccess = (): void => removeStoredUnder(keyOf(''));
