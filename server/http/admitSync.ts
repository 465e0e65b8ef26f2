import type { Context } from 'hono';
import { isValidId } from '../../shared/ids.ts';
import { ApiError } from './ApiError.ts';
import { requireBoard } from './requireBoard.ts';
import type { Storage } from '../storage/Storage.ts';
import type { AuthContext } from '../access/AuthContext.ts';
import { clientAddress } from './clientAddress.ts';
import type { ConnectionAccess } from '../access/ConnectionAccess.ts';
import type { ReleaseSlot } from '../access/ConnectionLimiter.ts';
import { principalName } from '../access/Principal.ts';
import { originAllowed, requirePrincipal } from './requestAuth.ts';

/** A sync connection let in: who it is, and its slot to release when it closes. */
export interface Admission {
  access: ConnectionAccess;
  release: ReleaseSlot;
}

/**
 * Decides a /sync/:docId upgrade before any websocket exists (SRV10, AUTH9, AUTH10, AUTH12, AUTH15):
 * 400 for an id no board can have, 401 without a valid session or token (cookie, bearer or
 * `?token=`), 404 for an unknown board, 403 without access to it or from a foreign Origin,
 * 429 over the connection limits.
 */
export async function admitSync(c: Context, ctx: AuthContext & { storage: Storage }): Promise<Admission> {
  const docId = c.req.param('docId') ?? '';
  if (!isValidId(docId)) throw new ApiError(400, 'invalid_id', `"${docId.slice(0, 80)}" is not a valid board id`);
  const principal = await requirePrincipal(c, ctx, { queryToken: true });
  const board = await requireBoard(ctx.storage, docId);
  const boardAccess = await ctx.auth.boardAccess(principal, board.id);
  if (!boardAccess) throw new ApiError(403, 'forbidden', 'you have no access to this board');
  if (!originAllowed(c, ctx.config.allowedOrigins)) throw new ApiError(403, 'forbidden', 'cross-site websocket refused');
  const key = principal.kind === 'user' ? `user:${principal.user.id}` : `share:${principal.shareId}`;
  const release = ctx.limiter.acquire(key, clientAddress(c, ctx.config.trustProxy));
  if (!release) throw new ApiError(429, 'too_many_requests', 'too many open connections');
  // The session is watched while the connection lives, so that its expiry closes it (AUTH13).
  const untrack = principal.kind === 'user' ? ctx.sessions.track(principal.sessionHash) : undefined;
  return {
    access: { principal, role: boardAccess.role, scope: boardAccess.scope, displayName: principalName(principal) },
    release: () => {
      release();
      untrack?.();
    },
  };
}
