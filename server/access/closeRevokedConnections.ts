import type { RoomRegistry } from '../sync/RoomRegistry.ts';
import type { AuthService } from './AuthService.ts';
import type { ConnectionAccess } from './ConnectionAccess.ts';

/**
 * AUTH11: a logout or an expired session (AUTH13) closes that session's sync connections, and a
 * removed account (AUTH14) or a changed password (AUTH16) all of the account's connections (4401
 * unauthorized); a removed member's and a revoked share link's connections to the board are closed
 * (4403 forbidden), and a member whose role changed is closed with 4001 access_changed, on which
 * y-websocket reconnects and gets the new role.
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
        return registry.closeWhere(
          (_docId, { principal }) => principal.kind === 'user' && principal.user.id === revocation.userId,
          'unauthorized',
          revocation.cause === 'removed' ? 'account removed' : 'password changed',
        );
      case 'share':
        return registry.closeWhere((_docId, { principal }) => principal.kind === 'share' && principal.shareId === revocation.shareId, 'forbidden', 'share link revoked');
      case 'membership':
        return registry.closeWhere(
          (docId, { principal }) => docId === revocation.boardId && principal.kind === 'user' && principal.user.id === revocation.userId && principal.user.siteRole !== 'admin',
          revocation.removed ? 'forbidden' : 'access_changed',
          revocation.removed ? 'removed from the board' : 'role changed',
        );
    }
  });
}
