import type { Awareness } from 'y-protocols/awareness';
import { isValidId } from '../../shared/ids.ts';
import { USER_COLORS, type LocalUser } from './localUser.ts';

/**
 * Presence lives in Awareness, never in the document (STYLE.md): each client's state is
 * `{ user: { name, color }, editing: cardId | null }`; the server stamps the account's name and
 * role on the states it relays (PRS3), an empty name for a share link. Every state is checked
 * again before it is shown (PRS7): what reaches a style or the screen is a colour or plain text.
 */

/** The only colours a style is given (PRS7): `red, 0 0 0 100vmax …` in a box-shadow blacks out the board. */
const COLOR = /^#[0-9a-f]{6}$/i;

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

/** A colour for a client whose state has none the styles may take: the same one on every screen. */
export const colorOfClient = (clientId: number): string => USER_COLORS[clientId % USER_COLORS.length] ?? USER_COLORS[0];

/** The name and colour a state shows, checked (PRS7); undefined when it has no name. */
function userOf(state: Record<string, unknown> | undefined, clientId: number): LocalUser | undefined {
  const user = state?.user as Partial<Record<keyof LocalUser, unknown>> | undefined;
  if (typeof user?.name !== 'string') return undefined;
  return { name: user.name, color: typeof user.color === 'string' && COLOR.test(user.color) ? user.color : colorOfClient(clientId) };
}

const guarded = new WeakSet<Awareness>();

/**
 * PRS7: y-protocols takes an incoming state for this client's own id when its clock is higher, and
 * y-websocket then sends it on as this client's. Whenever a remote update touches the own id, the
 * state this client last set is put back, under a higher clock, so the others take it again.
 */
function keepLocalState(awareness: Awareness): void {
  if (guarded.has(awareness)) return;
  guarded.add(awareness);
  let own = awareness.getLocalState();
  awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
    if (origin === 'local') {
      own = awareness.getLocalState();
      return;
    }
    const touched = added.includes(awareness.clientID) || updated.includes(awareness.clientID);
    if (touched && JSON.stringify(awareness.getLocalState()) !== JSON.stringify(own)) awareness.setLocalState(own);
  });
}

/** Publishes this browser's name and colour to the others on the board, and keeps its state its own (PRS7). */
export function setPresenceUser(awareness: Awareness, user: LocalUser): void {
  keepLocalState(awareness);
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
    const user = userOf(state, clientId);
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
    const user = userOf(state, clientId);
    if (typeof cardId === 'string' && isValidId(cardId) && user && !editing.has(cardId)) editing.set(cardId, user);
  }
  return editing;
}
