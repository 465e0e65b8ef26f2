import * as Y from 'yjs';
import { validateDoc } from '../../shared/schema/validateDoc.ts';
import { ProtocolError } from './ProtocolError.ts';

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
 * The copy costs O(document) per update, which boards of a few hundred cards afford.
 */
export function checkUpdate(doc: Y.Doc, update: Uint8Array): void {
  try {
    Y.decodeUpdate(update);
  } catch {
    throw new ProtocolError('invalid_update', 'update bytes do not decode');
  }
  const scratch = new Y.Doc({ gc: doc.gc });
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    try {
      Y.applyUpdate(scratch, update);
    } catch {
      throw new ProtocolError('invalid_update', 'update does not apply');
    }
    const issues = validateDoc(scratch);
    if (issues.length > 0) {
      const listed = issues.slice(0, ISSUES_LOGGED).map((issue) => `${issue.path}: ${issue.message}`);
      throw new ProtocolError('invalid_update', `schema: ${listed.join('; ')}${issues.length > ISSUES_LOGGED ? ` (+${issues.length - ISSUES_LOGGED} more)` : ''}`);
    }
  } finally {
    scratch.destroy();
  }
}
