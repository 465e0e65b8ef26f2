import type { Card } from '../../shared/schema/card.ts';
import type { BoardAccess } from './authApi.ts';

/** What the board UI offers this user: board-wide edits (columns, new cards) and which cards they may change. */
export interface EditAccess {
  /** True when nothing on the board beyond (perhaps) some cards may be changed: no new cards or columns, no column settings. */
  readOnly: boolean;
  /** Whether this card's editor, drag handle and "Flytta till…" are offered. */
  canEditCard(card: Card): boolean;
}

/** Everything editable: a board without a known role (tests, offline before the role arrived); the server decides anyway. */
export const FULL_ACCESS: EditAccess = Object.freeze({ readOnly: false, canEditCard: () => true });
const NO_ACCESS: EditAccess = Object.freeze({ readOnly: true, canEditCard: () => false });

const norm = (value: string): string => value.trim().toLocaleLowerCase('sv');

/**
 * The UI's reading of a role (shared/SPEC.md ROLE2–ROLE5): a viewer changes nothing; a unit chief
 * only cards whose unit is in their scope or whose responsible lists their display name, compared
 * trimmed and case-insensitively as the server does (UPD4). Unknown access (null) is full access:
 * an offline board keeps working, and the server refuses what it must.
 */
export function editAccessFor(access: BoardAccess | null, displayName: string | undefined): EditAccess {
  if (!access || access.role === 'facilitator' || access.role === 'editor') return FULL_ACCESS;
  if (access.role === 'viewer') return NO_ACCESS;
  const units = new Set(access.scope.map(norm));
  const name = displayName === undefined ? undefined : norm(displayName);
  return {
    readOnly: true,
    canEditCard: (card) =>
      (card.unit !== undefined && units.has(norm(card.unit))) || (name !== undefined && name !== '' && (card.responsible ?? []).some((person) => norm(person) === name)),
  };
}
