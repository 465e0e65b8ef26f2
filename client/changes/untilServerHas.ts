import * as Y from 'yjs';
import { serverCopy, type RoomAddress } from '../sync/serverCopy.ts';

const PAUSE_MS = 300;
const TRIES = 15;

/** True when `server` holds everything `doc`'s own client wrote. */
const holdsOwnEdits = (server: Y.Doc, doc: Y.Doc): boolean => (Y.decodeStateVector(Y.encodeStateVector(server)).get(doc.clientID) ?? 0) >= Y.getState(doc.store, doc.clientID);

/**
 * Resolves once the server's copy of the room (serverCopy: its own connection, no presence) holds
 * every edit `doc`'s client made; rejects when it has not after some seconds (a refused update, a
 * lost connection). The protocol has no acknowledgement, so this asks the server what it has.
 */
export async function untilServerHas(room: RoomAddress, doc: Y.Doc): Promise<void> {
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const server = await serverCopy(room).catch(() => undefined);
    const held = server !== undefined && holdsOwnEdits(server, doc);
    server?.destroy();
    if (held) return;
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
  throw new Error('the server does not hold the change');
}
