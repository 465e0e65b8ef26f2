import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

/** A hand-driven websocket to /sync/:id: what an attacker uses instead of y-websocket. */
export interface RawSocket {
  socket: WebSocket;
  /** Resolves once the socket is open. */
  opened: Promise<void>;
  /** Resolves with the server's close. */
  closed: Promise<{ code: number; reason: string }>;
  /** Every frame the server sent. */
  received: Uint8Array[];
}

/** Opens a raw socket to `<wsUrl>/sync/<docId>` as the owner of `token`; `autoPong: false` leaves the server's pings unanswered. */
export function openRawSocket(wsUrl: string, docId: string, token: string, options: { autoPong?: boolean } = {}): RawSocket {
  const socket = new WebSocket(`${wsUrl}/sync/${docId}?token=${token}`, { autoPong: options.autoPong ?? true });
  const received: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  return { socket, opened, closed, received };
}

/**
 * A 14-byte-ish update that claims `client`'s clocks from `clock` to `clock + length` as
 * garbage-collected (a GC struct): applied, every later edit of `client` below that clock is
 * dropped as already known.
 */
export function gcRangeUpdate(client: number, clock: number, length: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // one client in the struct section
  encoding.writeVarUint(encoder, 1); // one struct
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, clock);
  encoding.writeUint8(encoder, 0); // info 0: GC
  encoding.writeVarUint(encoder, length);
  encoding.writeVarUint(encoder, 0); // an empty delete set
  return encoding.toUint8Array(encoder);
}

/** What `edit` adds to a copy of `source`, written under `clientID` (someone else's, for a forgery). */
export function editAs(source: Y.Doc, clientID: number, edit: (doc: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(source));
  // Set after the load: Yjs gives a doc a new id when a remote update carries its own.
  copy.clientID = clientID;
  const before = Y.encodeStateVector(copy);
  edit(copy);
  const update = Y.encodeStateAsUpdate(copy, before);
  copy.destroy();
  return update;
}
