import { cardInScope, SCOPE_FIELDS, scopeFieldChangeAllowed } from '../../shared/cardInScope.ts';
import type { Card } from '../../shared/schema/card.ts';
import type { BoardAccess } from './authApi.ts';

/** What the board UI offers this user: board-wide edits (columns, new cards) and which cards they may change. */
export interface EditAccess {
  /** True when nothing on the board beyond (perhaps) some cards may be changed: no new cards or columns, no column settings. */
  readOnly: boolean;
  /** Whether this card's editor, drag handle and "Flytta till…" are offered. */
  canEditCard(card: Card): boolean;
  /** Whether the card's `field` is offered for change: a unit chief's scope fields only as LIM6 allows. */
  canEditField(card: Card, field: string): boolean;
  /** Whether `value` may be written into the card's `field` (LIM6: a unit field names the chief's units alone). */
  allowsValue(card: Card, field: string, value: unknown): boolean;
}

/** A value the role may not write (LIM6), refused before it is written: the server would refuse it and the board reload. */
export class ScopeRefusal extends Error {
  override name = 'ScopeRefusal';
}

/** Everything editable: an editor's or facilitator's board, and components rendered without a role (tests). */
export const FULL_ACCESS: EditAccess = Object.freeze({ readOnly: false, canEditCard: () => true, canEditField: () => true, allowsValue: () => true });
const NO_ACCESS: EditAccess = Object.freeze({ readOnly: true, canEditCard: () => false, canEditField: () => false, allowsValue: () => false });

const isScopeField = (field: string): field is (typeof SCOPE_FIELDS)[number] => (SCOPE_FIELDS as readonly string[]).includes(field);

/**
 * The UI's reading of a role (server/SPEC.md ROLE2–ROLE5): a viewer changes nothing; a unit chief
 * only the cards shared/cardInScope.ts gives them, the server's own test (UPD4). Unknown access
 * (null: not yet asked, or not reachable) is read-only until it is known: offering edits the server
 * then refuses would let a viewer's copy hold them (useBoardAccess keeps the last known role offline).
 */
export function editAccessFor(access: BoardAccess | null, displayName: string | undefined): EditAccess {
  if (!access || access.role === 'viewer') return NO_ACCESS;
  if (access.role === 'facilitator' || access.role === 'editor') return FULL_ACCESS;
  const scope = access.scope;
  const canEditCard = (card: Card): boolean => cardInScope(card, scope, displayName);
  return {
    readOnly: true,
    canEditCard,
    // Unchanged, the card must already pass LIM6: theirs by its unit field, which names their units alone.
    canEditField: (card, field) => canEditCard(card) && (!isScopeField(field) || scopeFieldChangeAllowed(field, card, card, scope)),
    allowsValue: (card, field, value) => !isScopeField(field) || scopeFieldChangeAllowed(field, card, { ...card, [field]: value }, scope),
  };
}
