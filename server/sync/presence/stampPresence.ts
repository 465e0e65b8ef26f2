import { isValidId } from '../../../shared/ids.ts';
import type { BoardRole } from '../../storage/roleNames.ts';
import type { SyncAccess } from '../UpdateGate.ts';

/** A presence colour as the client's card and avatar styles take it (PRS4); anything else could be CSS. */
export const PRESENCE_COLOR = /^#[0-9a-f]{6}$/i;

/** What the server writes on every state a connection announces (PRS3): who it is, never what it says it is. */
export interface PresenceStamp {
  /** The account's display name; empty for a share link, which has none (the client names it). */
  name: string;
  role: BoardRole;
}

/** The stamp of a connection's account or share link. */
export const presenceStampOf = (access: SyncAccess): PresenceStamp => ({
  name: access.principal.kind === 'user' ? access.displayName : '',
  role: access.role,
});

/** A state as the server stores and relays it (PRS3, PRS4): these fields and no others. */
export interface StampedState {
  user: { name: string; role: BoardRole; color?: string };
  editing: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Builds the state the server keeps from one a client sent (PRS3, PRS4): the stamp's name and role,
 * the client's colour when it is `#rrggbb`, the card it edits when that is a valid id and the role
 * may change cards (a viewer edits nothing). Null when the sent state is not an object.
 */
export function stampState(sent: unknown, stamp: PresenceStamp): StampedState | null {
  if (!isRecord(sent)) return null;
  const color = isRecord(sent.user) ? sent.user.color : undefined;
  const editing = sent.editing;
  return {
    user: { name: stamp.name, role: stamp.role, ...(typeof color === 'string' && PRESENCE_COLOR.test(color) && { color }) },
    editing: typeof editing === 'string' && isValidId(editing) && stamp.role !== 'viewer' ? editing : null,
  };
}
