import * as Y from 'yjs';
import { validateDoc } from '../../shared/schema/validateDoc.ts';
import { applyAndDescribe, type UpdateEffect } from './UpdateEffect.ts';
import { ProtocolError } from './ProtocolError.ts';
import { tryOnShadow } from './shadowDoc.ts';
import { touchedCards } from './touchedCards.ts';

/** How many schema issues a refusal's log detail lists. */
const ISSUES_LOGGED = 3;

/**
 * Decides whether a client's update may touch the shared document (SRV4, BAD5). Throws a
 * ProtocolError('invalid_update') when the bytes do not decode, do not apply, or would leave
 * the document breaking its schema (shared/schema/validateDoc.ts); the update is then neither
 * applied, stored nor relayed.
 *
 * It applies the update to a scratch copy of the document, so that bytes which decode but fail
 * halfway through integration, or a valid update with invalid values, never touch the real one.
 * The copy is kept in step with the document (shadowDoc.ts) and only the cards the update touched
 * are validated again, so a check costs O(update + columns), not O(document): a fresh copy and a
 * full validation per update made fan-out on a 100-card board 3-4× slower (bench/README.md).
 */
export function checkUpdate(doc: Y.Doc, update: Uint8Array): void;
/**
 * The same check, then `inspect` sees the update's effect on the scratch copy (UPD rules: the role
 * check and the history are decided there, before the real document is touched); returns its answer.
 */
export function checkUpdate<T>(doc: Y.Doc, update: Uint8Array, inspect: (scratch: Y.Doc, effect: UpdateEffect) => T): T;
export function checkUpdate<T>(doc: Y.Doc, update: Uint8Array, inspect?: (scratch: Y.Doc, effect: UpdateEffect) => T): T | undefined {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    throw new ProtocolError('invalid_update', 'update bytes do not decode');
  }
  // Nothing to insert or delete (what every fresh client answers the server's sync step 1 with):
  // it cannot change the document, so the document itself is its "after", and no copy is needed.
  if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return inspect?.(doc, { changed: false, pending: false, paths: [] });
  return tryOnShadow(doc, (scratch) => {
    const settledBefore = isSettled(scratch);
    const transactions: Y.Transaction[] = [];
    const collect = (transaction: Y.Transaction) => transactions.push(transaction);
    scratch.on('afterTransaction', collect);
    let effect: UpdateEffect;
    try {
      effect = applyAndDescribe(scratch, update, decoded);
    } catch {
      throw new ProtocolError('invalid_update', 'update does not apply');
    } finally {
      scratch.off('afterTransaction', collect);
    }
    // The document was valid before: only what the update touched can have broken it. A changed meta
    // (the kind) or a document that just became settled (ORD5) puts every card in question.
    const touched = touchedCards(scratch, transactions);
    const everyCard = touched.roots.has('meta') || (!settledBefore && isSettled(scratch));
    const issues = validateDoc(scratch, everyCard ? {} : { cards: touched.cards });
    // A column the board never had may be one the same client created offline and is about to send
    // in its sync step 2 (a reconnect's race): such an update waits, as one with missing structs does (UPD6).
    if (issues.length > 0 && issues.every((issue) => issue.code === 'unknown_column')) return inspect?.(scratch, { ...effect, pending: true });
    if (issues.length > 0) {
      const listed = issues.slice(0, ISSUES_LOGGED).map((issue) => `${issue.path}: ${issue.message}`);
      throw new ProtocolError('invalid_update', `schema: ${listed.join('; ')}${issues.length > ISSUES_LOGGED ? ` (+${issues.length - ISSUES_LOGGED} more)` : ''}`);
    }
    return inspect?.(scratch, effect);
  });
}

const isSettled = (doc: Y.Doc): boolean => doc.store.pendingStructs === null && doc.store.pendingDs === null;
