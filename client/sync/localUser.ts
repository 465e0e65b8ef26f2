/**
 * How this browser looks to others on a board: the name comes from the account (or "Projektor" for a
 * share link); the colour is picked once and remembered in localStorage, so others keep recognising it.
 */

export interface LocalUser {
  name: string;
  color: string;
}

// The key predates accounts, when a name was stored beside the colour; its colour is kept.
const STORAGE_KEY = 'tavla.user';

/** Presence colours: each keeps white text above 4.5:1 contrast and stays distinct on a projector. */
export const USER_COLORS = ['#1d4ed8', '#b91c1c', '#047857', '#7c3aed', '#b45309', '#be185d', '#0f766e', '#4338ca'] as const;

function storedColor(): string | undefined {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? 'null');
    const color = parsed && typeof parsed === 'object' && 'color' in parsed ? (parsed as { color: unknown }).color : undefined;
    return typeof color === 'string' && color ? color : undefined;
  } catch {
    return undefined; // unreadable or blocked storage: pick again
  }
}

/** This browser's presence colour: the remembered one, else a new pick that is remembered. */
export function presenceColor(random: () => number = Math.random): string {
  const remembered = storedColor();
  if (remembered) return remembered;
  const color = USER_COLORS[Math.floor(random() * USER_COLORS.length)] ?? USER_COLORS[0];
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify({ color }));
  } catch {
    // not remembered when storage is blocked; the colour still applies to this page
  }
  return color;
}
