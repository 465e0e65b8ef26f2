import * as encoding from 'lib0/encoding';
import * as authProtocol from 'y-protocols/auth';

/** y-websocket's outer message type for auth messages (y-websocket/src/y-websocket.js `messageAuth`). */
export const MESSAGE_AUTH = 2;

/**
 * The y-protocols "permission denied" message (UPD5). y-websocket's provider hands `reason` to
 * its permission-denied handler (provider.messageHandlers[2]), which the client uses to tell the user.
 */
export function permissionDeniedMessage(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AUTH);
  authProtocol.writePermissionDenied(encoder, reason);
  return encoding.toUint8Array(encoder);
}
