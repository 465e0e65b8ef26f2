import { cardInScope } from '../../shared/cardInScope.ts';
import type { Card } from '../../shared/schema/card.ts';
import type { BoardAccess } from './authApi.ts';

/** What the board UI offers this user: board-wide edits (columns, new cards) and which cards they may change. */
export interface EditAccess {
  /** True when nothing on the board beyond (perhaps) some cards may be changed: no new cards or columns, no column settings. */
  readOnly: boolean;
  /** Whether this card's editor, drag handle and "Flytta till…" are offered. */
  canEditCard(card: Card): boolean;
}

/** Everything editable: an editor's or facilitator's board, and components rendered without a role (tests). */
export const FULL_ACCESS: EditAccess = Object.freeze({ readOnly: false, canEditCard: () => true });
const NO_ACCESS: EditAccess = Object.freeze({ readOnly: true, canEditCard: () => false });

/**
 * The UI's reading of a role (shared/SPEC.md ROLE2–ROLE5): a viewer changes nothing; a unit chief
 * only the cards shared/cardInScope.ts gives them, the server's own test (UPD4). Unknown access
 * (null: not yet asked, or not reachable) is read-only until it is known: offering edits the server
 * then refuses would let a viewer's copy hold them (useBoardAccess keeps the last known role offline).
 */
export function editAccessFor(access: BoardAccess | null, displayName: string | undefined): EditAccess {
  if (!access || access.role === 'viewer') return NO_ACCESS;
  if (access.role === 'facilitator' || access.role === 'editor') return FULL_ACCESS;
  const scope = access.scope;
  return { readOnly: true, canEditCard: (card) => cardInScope(card, scope, displayName) };
}
