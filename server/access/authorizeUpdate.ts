import type * as Y from 'yjs';
import { cardInScope, scopeFieldChangeAllowed, SCOPE_FIELDS } from '../../shared/cardInScope.ts';
import { readCard } from '../../shared/read/readCard.ts';
import { checkLimits } from '../../shared/schema/checkLimits.ts';
import type { BoardAccess } from './roles.ts';
import { APPLY, IGNORE, refuse, type UpdateOutcome } from '../sync/UpdateOutcome.ts';
import type { UpdateEffect } from '../sync/UpdateEffect.ts';


/** Who wrote, as a unit-chief check needs it: the role, the units of the scope, and the name `responsible` lists. */
export interface Writer extends BoardAccess {
  displayName: string;
}

/** ROLE4: a unit chief's card (shared/cardInScope.ts: its unit, the bodies it is directed to, or its responsible). */
export function isInScope(doc: Y.Doc, cardId: string, writer: Writer): boolean {
  const card = readCard(doc, cardId);
  return card !== undefined && cardInScope(card, writer.scope, writer.displayName);
}

/**
 * Decides an update from its effect on a scratch copy (ROLE3-ROLE5, UPD2-UPD4). Facilitators and
 * editors may change anything the schema allows. A viewer's update is refused as soon as it would
 * change anything. A unit chief's update is applied only when every changed path lies inside a card
 * that is theirs both before and after the update — so creating, deleting or replacing a card, moving
 * a neighbour's card into their unit or their own card out of it, and any change to meta, columns or
 * the timeline are refused, and one path outside refuses the whole update. (An update of which parts would
 * wait for changes the server has not got comes here only once they have come: UPD6.) What the role
 * allows must then keep within the caps (LIM3).
 */
export function authorizeUpdate(writer: Writer, effect: UpdateEffect, before: Y.Doc, after: Y.Doc): UpdateOutcome {
  const decided = authorizeRole(writer, effect, before, after);
  return decided.verdict === 'apply' ? withinLimits(effect, before, after) : decided;
}

/**
 * LIM3: an update that the role allows is still refused when it leaves a text, a list or a count of
 * the board past its cap (shared/schema/checkLimits.ts), measured on the cards it touched only; a
 * count only when the update raised it.
 */
function withinLimits(effect: UpdateEffect, before: Y.Doc, after: Y.Doc): UpdateOutcome {
  const cards = new Set(effect.paths.filter(([top, id]) => top === 'cards' && id !== undefined).map((path) => path[1]!));
  const [issue] = checkLimits(after, { cards, before });
  return issue ? refuse('over_limit', `${issue.path}: ${issue.message}`) : APPLY;
}

function authorizeRole(writer: Writer, effect: UpdateEffect, before: Y.Doc, after: Y.Doc): UpdateOutcome {
  if (writer.role === 'facilitator' || writer.role === 'editor') return APPLY;
  if (!effect.changed) return IGNORE;
  if (writer.role === 'viewer') return refuse('read_only', 'a viewer may not change the board');
  if (effect.paths.length === 0) return refuse('out_of_scope', 'the update changes nothing a unit chief may change');
  const checked = new Map<string, boolean>();
  for (const path of effect.paths) {
    const [top, cardId] = path;
    if (top !== 'cards' || cardId === undefined || path.length < 3) return refuse('out_of_scope', `changes ${path.join('.')}`);
    let ok = checked.get(cardId);
    if (ok === undefined) {
      ok = isInScope(before, cardId, writer) && isInScope(after, cardId, writer);
      checked.set(cardId, ok);
    }
    if (!ok) return refuse('out_of_scope', `card ${cardId} is outside the scope`);
    const field = path[2]!;
    if (path.length === 3 && isScopeField(field) && !mayChangeScopeField(field, cardId, writer, before, after)) {
      return refuse('out_of_scope', `card ${cardId}: ${field} may not change so`);
    }
  }
  return APPLY;
}

const isScopeField = (field: string): field is (typeof SCOPE_FIELDS)[number] => (SCOPE_FIELDS as readonly string[]).includes(field);

/** LIM6 on the stored card before and after the update (shared/cardInScope.ts, which the UI asks too). */
function mayChangeScopeField(field: (typeof SCOPE_FIELDS)[number], cardId: string, writer: Writer, before: Y.Doc, after: Y.Doc): boolean {
  const was = readCard(before, cardId);
  const is = readCard(after, cardId);
  return was !== undefined && is !== undefined && scopeFieldChangeAllowed(field, was, is, writer.scope);
}
