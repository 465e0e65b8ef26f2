import type { RoomRegistry } from '../sync/RoomRegistry.ts';
import type { AuthService } from './AuthService.ts';
import type { ConnectionAccess } from './ConnectionAccess.ts';
import type { Principal } from './Principal.ts';

/** A connection of a share link that `userId` made, to a board other than the link's own: one its maker's access carried (MTS12). */
const reachedThrough = (principal: Principal, docId: string, userId: string): boolean => principal.kind === 'share' && principal.createdBy === userId && principal.boardId !== docId;

/**
 * AUTH11: a logout or an expired session (AUTH13) closes that session's sync connections, and a
 * removed account (AUTH14) or a changed password (AUTH16) all of the account's connections (4401
 * unauthorized); a removed member's and a revoked share link's connections to the board are closed
 * (4403 forbidden), and a member whose role changed is closed with 4001 access_changed, on which
 * y-websocket reconnects and gets the new role. A share link's connections to the boards its maker's
 * access carried (MTS12) are closed (4403) when the maker no longer reads that board: removed from
 * it, or removed as an account.
 */
export function closeRevokedConnections(auth: AuthService, registry: RoomRegistry<ConnectionAccess>): () => void {
  return auth.onRevoke((revocation) => {
    switch (revocation.kind) {
      case 'session':
        return registry.closeWhere(
          (_docId, { principal }) => principal.kind === 'user' && principal.sessionHash === revocation.sessionHash,
          'unauthorized',
          revocation.cause === 'logout' ? 'logged out' : 'session expired',
        );
      case 'user':
        registry.closeWhere(
          (_docId, { principal }) => principal.kind === 'user' && principal.user.id === revocation.userId,
          'unauthorized',
          revocation.cause === 'removed' ? 'account removed' : 'password changed',
        );
        if (revocation.cause === 'removed') registry.closeWhere((docId, { principal }) => reachedThrough(principal, docId, revocation.userId), 'forbidden', 'link maker removed');
        return;
      case 'share':
        return registry.closeWhere((_docId, { principal }) => principal.kind === 'share' && principal.shareId === revocation.shareId, 'forbidden', 'share link revoked');
      case 'membership':
        registry.closeWhere(
          (docId, { principal }) => docId === revocation.boardId && principal.kind === 'user' && principal.user.id === revocation.userId && principal.user.siteRole !== 'admin',
          revocation.removed ? 'forbidden' : 'access_changed',
          revocation.removed ? 'removed from the board' : 'role changed',
        );
        if (!revocation.stillReads) {
          registry.closeWhere((docId, { principal }) => docId === revocation.boardId && reachedThrough(principal, docId, revocation.userId), 'forbidden', 'link maker removed from the board');
        }
        return;
    }
  });
}
