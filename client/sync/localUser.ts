import { readStored, writeStored } from '../state/storedJson.ts';

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

const hasColor = (value: unknown): value is { color: string } =>
  typeof value === 'object' && value !== null && typeof (value as { color?: unknown }).color === 'string' && (value as { color: string }).color !== '';

/** This browser's presence colour: the remembered one, else a new pick that is remembered (for this page only, when storage is blocked). */
export function presenceColor(random: () => number = Math.random): string {
  const remembered = readStored(STORAGE_KEY, hasColor);
  if (remembered) return remembered.color;
  const color = USER_COLORS[Math.floor(random() * USER_COLORS.length)] ?? USER_COLORS[0];
  writeStored(STORAGE_KEY, { color });
  return color;
}
