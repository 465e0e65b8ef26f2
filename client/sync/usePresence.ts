import type { Awareness } from 'y-protocols/awareness';
import { readPresence, type PresentUser } from './presence.ts';
import { useAwarenessValue } from './useAwarenessValue.ts';

const samePresence = (a: readonly PresentUser[], b: readonly PresentUser[]): boolean =>
  a.length === b.length &&
  a.every((u, i) => {
    const v = b[i];
    return v !== undefined && u.clientId === v.clientId && u.name === v.name && u.color === v.color && u.isSelf === v.isSelf;
  });

/** Everyone on the board (this user first); a new array only when someone came, went or renamed. */
export function usePresence(awareness: Awareness): readonly PresentUser[] {
  return useAwarenessValue(awareness, readPresence, samePresence);
}
