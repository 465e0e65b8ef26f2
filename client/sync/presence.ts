import type { Awareness } from 'y-protocols/awareness';
import type { LocalUser } from './localUser.ts';

/**
 * Presence lives in Awareness, never in the document (STYLE.md): each client's state is
 * `{ user: { name, color }, editing: cardId | null }`.
 */

/** One person on the board as the header shows them. */
export interface PresentUser {
  clientId: number;
  name: string;
  color: string;
  isSelf: boolean;
}

/** Who is editing a card, as its face shows it. */
export interface CardEditor {
  name: string;
  color: string;
}

function userOf(state: Record<string, unknown> | undefined): LocalUser | undefined {
  const user = state?.user as Partial<LocalUser> | undefined;
  return typeof user?.name === 'string' && typeof user.color === 'string' ? { name: user.name, color: user.color } : undefined;
}

/** Publishes this browser's name and colour to the others on the board. */
export function setPresenceUser(awareness: Awareness, user: LocalUser): void {
  awareness.setLocalStateField('user', user);
}

/** Says which card this user has open in the editor (null when none), for the others' card faces. */
export function setEditingCard(awareness: Awareness, cardId: string | null): void {
  awareness.setLocalStateField('editing', cardId);
}

/** Everyone with a name on the board: this user first, then by name. */
export function readPresence(awareness: Awareness): PresentUser[] {
  const users: PresentUser[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const user = userOf(state);
    if (user) users.push({ clientId, ...user, isSelf: clientId === awareness.clientID });
  });
  return users.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name, 'sv') || a.clientId - b.clientId);
}

/** The cards OTHER users are editing, by card id (the first editor by client id when several). */
export function readEditingCards(awareness: Awareness): Map<string, CardEditor> {
  const editing = new Map<string, CardEditor>();
  const clientIds = [...awareness.getStates().keys()].sort((a, b) => a - b);
  for (const clientId of clientIds) {
    if (clientId === awareness.clientID) continue;
    const state = awareness.getStates().get(clientId);
    const cardId = state?.editing;
    const user = userOf(state);
    if (typeof cardId === 'string' && user && !editing.has(cardId)) editing.set(cardId, user);
  }
  return editing;
}
