/**
 * Who this browser is on a board until sign-in arrives (a later issue): a name asked once and a
 * colour, both remembered in localStorage.
 */

export interface LocalUser {
  name: string;
  color: string;
}

const STORAGE_KEY = 'tavla.user';

/** Presence colours: each keeps white text above 4.5:1 contrast and stays distinct on a projector. */
export const USER_COLORS = ['#1d4ed8', '#b91c1c', '#047857', '#7c3aed', '#b45309', '#be185d', '#0f766e', '#4338ca'] as const;

/** The remembered user, or null when this browser has not given a name yet. */
export function loadLocalUser(): LocalUser | null {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? 'null');
    if (parsed && typeof parsed === 'object' && 'name' in parsed && 'color' in parsed) {
      const { name, color } = parsed as Record<string, unknown>;
      if (typeof name === 'string' && name.trim() && typeof color === 'string') return { name, color };
    }
  } catch {
    // unreadable or blocked storage: ask again
  }
  return null;
}

/** Remembers the name; keeps an earlier colour so others keep recognising this user, else picks one. */
export function saveLocalUser(name: string, random: () => number = Math.random): LocalUser {
  const color = loadLocalUser()?.color ?? USER_COLORS[Math.floor(random() * USER_COLORS.length)] ?? USER_COLORS[0];
  const user = { name: name.trim(), color };
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(user));
  } catch {
    // not remembered when storage is blocked; the name still applies to this page
  }
  return user;
}
