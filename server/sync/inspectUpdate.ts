import * as Y from 'yjs';
import { documentKind, validateDocument } from '../../shared/validateDocument.ts';
import { applyAndDescribe, type UpdateEffect } from './UpdateEffect.ts';
import { ProtocolError } from './ProtocolError.ts';
import { tryOnShadow } from './shadowDoc.ts';
import { touchedCards } from './touchedCards.ts';

/** How many schema issues a refusal's log detail lists. */
const ISSUES_LOGGED = 3;

/**
 * The scratch-copy check under checkUpdate (SRV4, BAD5): throws a ProtocolError('invalid_update')
 * when the bytes do not decode, do not apply, or would leave the document breaking its schema
 * (shared/validateDocument.ts: a board's or a meeting's, by its kind before the update, MTS2);
 * the update is then neither applied, stored nor relayed. Otherwise
 * `inspect` sees the update's effect on the scratch copy, before the real document is touched, and
 * its answer is returned (checkUpdate turns it into an UpdateOutcome; tests read the effect itself).
 *
 * It applies the update to a scratch copy of the document, so that bytes which decode but fail
 * halfway through integration, or a valid update with invalid values, never touch the real one.
 * The copy is kept in step with the document (shadowDoc.ts) and only the cards the update touched
 * are validated again, so a check costs O(update + columns), not O(document): a fresh copy and a
 * full validation per update made fan-out on a 100-card board 3-4× slower (bench/README.md).
 *
 * `effect.pending` is true when part of the update waits for changes the server has not got (UPD6):
 * a struct or deletion Yjs could not integrate, or a card in a column the board never had, which may
 * be one the same client created offline and is about to send in its sync step 2 (a reconnect's race).
 */
export function inspectUpdate<T>(doc: Y.Doc, update: Uint8Array, inspect: (scratch: Y.Doc, effect: UpdateEffect) => T): T {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    throw new ProtocolError('invalid_update', 'update bytes do not decode');
  }
  // Nothing to insert or delete (what every fresh client answers the server's sync step 1 with):
  // it cannot change the document, so the document itself is its "after", and no copy is needed.
  if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return inspect(doc, { changed: false, pending: false, paths: [] });
  // MTS2: checked as what the document was before the update, a board or a meeting, so no update can
  // turn one into the other (each schema refuses the other's kind). An empty one is checked as a board.
  const kind = documentKind(doc) ?? 'general';
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
    // (the kind) or a document that just became settled (ORD5) puts every card (or agenda item) in question.
    const touched = touchedCards(scratch, transactions);
    const everyCard = touched.roots.has('meta') || (!settledBefore && isSettled(scratch));
    const issues = validateDocument(scratch, kind, everyCard ? {} : { cards: touched.cards, items: touched.items });
    const waitsForColumn = issues.length > 0 && issues.every((issue) => issue.code === 'unknown_column');
    if (issues.length > 0 && !waitsForColumn) {
      const listed = issues.slice(0, ISSUES_LOGGED).map((issue) => `${issue.path}: ${issue.message}`);
      throw new ProtocolError('invalid_update', `schema: ${listed.join('; ')}${issues.length > ISSUES_LOGGED ? ` (+${issues.length - ISSUES_LOGGED} more)` : ''}`);
    }
    return inspect(scratch, { ...effect, pending: effect.pending || waitsForColumn });
  });
}

const isSettled = (doc: Y.Doc): boolean => doc.store.pendingStructs === null && doc.store.pendingDs === null;
