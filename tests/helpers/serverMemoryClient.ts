import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { RoomPeer } from '../../server/sync/Room.ts';
import type { RoomRegistry } from '../../server/sync/RoomRegistry.ts';

const SERVER = 'server';

/**
 * A client on an in-memory socket, speaking the y-websocket protocol the way WebsocketProvider
 * does (sync step 1 and awareness on open, answers to the server's sync messages, local
 * updates sent as they happen), so Room tests need no network.
 */
export class MemoryClient {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  /** Every frame the server sent, in order. */
  readonly received: Uint8Array[] = [];
  /** Set when the server closed the socket. */
  closed: { code: number; reason: string } | undefined;
  /** True once the server's sync step 2 arrived. */
  synced = false;
  readonly peer: RoomPeer;

  constructor(registry: RoomRegistry, docId: string, options: { awareness?: Record<string, unknown> } = {}) {
    if (options.awareness) this.awareness.setLocalState(options.awareness);
    else this.awareness.setLocalState(null);
    this.peer = registry.connect(docId, {
      send: (data) => this.onMessage(data),
      close: (code, reason) => {
        this.closed = { code, reason };
      },
    });
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== SERVER) this.send(updateFrame(update));
    });
    this.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin !== SERVER) this.sendAwareness([...added!, ...updated!, ...removed!]);
    });
    this.send(frame(0, (e) => syncProtocol.writeSyncStep1(e, this.doc)));
    if (options.awareness) this.sendAwareness([this.doc.clientID]);
  }

  /** Sends a raw frame, as a misbehaving client would. */
  send(data: Uint8Array | string): void {
    if (!this.closed) this.peer.receive(data);
  }

  /** The client closes its socket. */
  leave(): void {
    this.closed ??= { code: 1000, reason: '' };
    this.peer.leave();
    this.awareness.destroy();
  }

  private sendAwareness(clients: number[]): void {
    this.send(frame(1, (e) => encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients))));
  }

  private onMessage(data: Uint8Array): void {
    this.received.push(data);
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === 0) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, 0);
      const syncType = syncProtocol.readSyncMessage(decoder, reply, this.doc, SERVER);
      if (syncType === syncProtocol.messageYjsSyncStep2) this.synced = true;
      if (encoding.length(reply) > 1) this.send(encoding.toUint8Array(reply));
    } else if (type === 1) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), SERVER);
    }
  }
}

/** Builds one frame: the outer message type, then what `write` adds. */
export function frame(type: number, write: (encoder: encoding.Encoder) => void = () => {}): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** A sync update frame carrying `update`. */
export const updateFrame = (update: Uint8Array): Uint8Array => frame(0, (e) => syncProtocol.writeUpdate(e, update));

/** Counts the relayed document updates (sync type 2) among the frames a client received. */
export function countRelayedUpdates(received: Uint8Array[]): number {
  return received.filter((data) => data[0] === 0 && data[1] === 2).length;
}
