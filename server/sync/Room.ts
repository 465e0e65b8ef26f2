import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { RefusalReason } from '../auth/authorizeUpdate.ts';
import type { ConnectionAccess } from '../auth/ConnectionAccess.ts';
import { permissionDeniedMessage } from '../auth/permissionDeniedMessage.ts';
import type { UpdateGate } from '../auth/UpdateGate.ts';
import type { Logger } from '../log.ts';
import type { Storage } from '../storage/Storage.ts';
import { checkUpdate } from './checkUpdate.ts';
import type { CloseReason } from './closeReasons.ts';
import { Connection, type RoomSocket } from './Connection.ts';
import { decodeMessage, type ClientMessage } from './decodeMessage.ts';
import { DocPersistence } from './DocPersistence.ts';
import { ProtocolError } from './ProtocolError.ts';
import { awarenessMessage, syncStep1Message, syncStep2Message, updateMessage } from './encodeMessage.ts';

export interface RoomOptions {
  storage: Storage;
  logger: Logger;
  /** Frames larger than this are refused with message_too_large (BAD6). */
  maxMessageBytes: number;
  /** Compact the update log into a snapshot after this many appended updates (STO4). */
  compactEvery: number;
  /** Resolves when the previous room of this document has unloaded; loading waits for it (SRV7). */
  previous?: Promise<void>;
  /** Called, synchronously, when the room starts unloading, so that no one is handed it any more. */
  onUnload(room: Room): void;
  /** Decides each client update by role and records its history (issue 4); without one every update is applied. */
  gate?: UpdateGate;
}

/** The route's handle on one client in a room. */
export interface RoomPeer {
  /** One frame from the client, in arrival order. */
  receive(frame: Uint8Array | string): void;
  /** The client closed its socket. */
  leave(): void;
  /** The transport refused the client (e.g. the websocket's own frame limit): close it with this reason. */
  refuse(reason: CloseReason, detail: string): void;
}

type Phase = 'loading' | 'open' | 'unloading' | 'closed';

/** What checkUpdate answers for an update of which part would wait for changes the server has not got (UPD6). */
const WAITS = { verdict: 'wait' } as const;

/**
 * One board's live document and the clients editing it (SRV1-SRV9). Knows nothing of Hono or
 * ws: clients are RoomSockets. Every message of the room goes through one serial queue and is
 * handled completely (decoded, checked, applied, stored, relayed) before the next one starts;
 * the first task in the queue is loading the document, so no client is answered from a half-loaded doc.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();
  /** Resolves once the room has unloaded (after its final compaction, if any). */
  readonly unloaded: Promise<void>;
  private phase: Phase = 'loading';
  private tail: Promise<void>;
  private resolveUnloaded!: () => void;
  private readonly persistence: DocPersistence;

  constructor(
    readonly docId: string,
    private readonly options: RoomOptions,
  ) {
    this.unloaded = new Promise((resolve) => (this.resolveUnloaded = resolve));
    this.persistence = new DocPersistence(docId, options.storage, options.logger, options.compactEvery);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.relayAwareness);
    this.tail = Promise.resolve();
    this.enqueue(() => this.load());
  }

  /** True while the room takes new connections: it has not started unloading. */
  get accepting(): boolean {
    return this.phase === 'loading' || this.phase === 'open';
  }

  /** Adds a client. It is sent the server's sync step 1 once the document has loaded. */
  connect(socket: RoomSocket, access?: ConnectionAccess): RoomPeer {
    if (!this.accepting) throw new Error(`room ${this.docId} is unloading`);
    const conn = new Connection(this.docId, socket, this.options.logger, access);
    this.connections.add(conn);
    this.enqueue(() => this.greet(conn));
    return {
      receive: (frame) => this.enqueue(() => this.handleFrame(conn, frame)),
      leave: () => {
        if (conn.state !== 'open') return;
        conn.state = 'left';
        this.enqueue(() => this.removeConnection(conn));
      },
      refuse: (reason, detail) => this.refuse(conn, reason, detail),
    };
  }

  /** Runs `read` on the loaded document, in queue order (after every message received so far). */
  read<T>(read: (doc: Y.Doc) => T): Promise<T> {
    return new Promise((resolve, reject) =>
      this.enqueue(() => {
        if (this.phase !== 'open') return reject(new Error(`room ${this.docId} is not open`));
        try {
          resolve(read(this.doc));
        } catch (error) {
          reject(error); // the reader's failure, not the room's
        }
      }),
    );
  }

  /** Closes the connections whose access matches (a logout, a removed member, a revoked link: AUTH11). */
  closeWhere(matches: (access: ConnectionAccess) => boolean, reason: CloseReason, detail: string): void {
    for (const conn of this.connections) if (conn.access && matches(conn.access)) this.refuse(conn, reason, detail);
  }

  /** Closes every client with server_shutdown; resolves once the room has compacted and unloaded. */
  shutdown(): Promise<void> {
    for (const conn of this.connections) this.refuse(conn, 'server_shutdown', 'server stopping');
    if (this.connections.size === 0 && this.accepting) this.enqueue(() => this.unload());
    return this.unloaded;
  }

  private enqueue(task: () => Promise<void> | void): void {
    // A task that throws is a server bug or a storage failure: the document can no longer be trusted.
    this.tail = this.tail.then(task).catch((error: unknown) => this.fail(error));
  }

  private async load(): Promise<void> {
    await this.options.previous;
    await this.persistence.load(this.doc);
    this.phase = 'open';
  }

  private greet(conn: Connection): void {
    if (this.phase !== 'open') return;
    conn.send(syncStep1Message(this.doc));
    if (this.awareness.getStates().size > 0) conn.send(awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]));
  }

  private async handleFrame(conn: Connection, frame: Uint8Array | string): Promise<void> {
    if (this.phase !== 'open' || conn.state === 'refused') return;
    try {
      if (typeof frame === 'string') throw new ProtocolError('malformed_message', 'text frame; the protocol is binary');
      if (frame.length > this.options.maxMessageBytes) throw new ProtocolError('message_too_large', `${frame.length} bytes`);
      await this.handleMessage(conn, decodeMessage(frame));
    } catch (error) {
      if (error instanceof ProtocolError) this.refuse(conn, error.reason, error.detail);
      else this.refuse(conn, 'server_error', error instanceof Error ? error.message : String(error));
    }
  }

  private async handleMessage(conn: Connection, message: ClientMessage): Promise<void> {
    switch (message.type) {
      case 'syncStep1':
        conn.send(syncStep2Message(this.doc, message.stateVector));
        conn.synced = true;
        return;
      case 'syncStep2':
      case 'update':
        return this.applyClientUpdate(conn, message.update);
      case 'awareness':
        awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, conn);
        return;
      case 'queryAwareness':
        conn.send(awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]));
    }
  }

  /** SRV4: check, apply with the connection as origin, store, and only then relay to the others. */
  private async applyClientUpdate(conn: Connection, update: Uint8Array): Promise<void> {
    const decided = checkUpdate(this.doc, update, (scratch, effect) =>
      effect.pending ? WAITS : this.options.gate?.inspect(this.docId, conn.access, this.doc, scratch, effect),
    );
    if (decided?.verdict === 'wait') return this.hold(conn, update);
    if (decided?.verdict === 'ignore') return;
    if (decided?.verdict === 'refuse') return this.deny(conn, decided.reason, decided.detail);
    const changes: Uint8Array[] = [];
    const capture = (change: Uint8Array) => changes.push(change);
    this.doc.on('update', capture);
    try {
      Y.applyUpdate(this.doc, update, conn);
    } catch (error) {
      // It applied to the scratch copy, so this is a bug; the doc may be half-changed.
      this.fail(error);
      return;
    } finally {
      this.doc.off('update', capture);
    }
    if (changes.length === 0) return; // nothing new: already known, so nothing to store or relay
    const change = changes.length === 1 ? changes[0]! : Y.mergeUpdates(changes);
    try {
      await this.persistence.append(change);
    } catch (error) {
      // The doc now holds a change that is not stored: it must not be relayed or compacted.
      this.fail(error);
      return;
    }
    const message = updateMessage(change);
    for (const other of this.connections) if (other !== conn && other.synced) other.send(message);
    await decided?.accepted?.();
    await this.persistence.afterStored(this.doc);
    await this.retryWaiting();
  }

  /**
   * UPD6: an update that builds on changes the server has not got yet is held for its connection,
   * outside the document, until they come: a client that reconnects may send a new edit before its
   * sync step 2 has brought the offline edits it builds on, and a browser tab may build on another
   * tab's edit (y-websocket shares them over BroadcastChannel) before that tab's socket has sent it.
   * Kept in the document instead, Yjs would retry it with every update, write it into each snapshot
   * and hand it to every client that loads the board, whether or not it ever applies. More than a
   * message's worth held is refused (out_of_date): that client's copy has gone astray.
   */
  private hold(conn: Connection, update: Uint8Array): void {
    if (!conn.hold(update, this.options.maxMessageBytes)) return this.deny(conn, 'out_of_date', `${conn.holding} updates wait for changes the server does not have`);
  }

  /** After the document took a change, tries again what every connection holds (UPD6), merged into one update each. */
  private async retryWaiting(): Promise<void> {
    for (const conn of this.connections) {
      if (conn.holding === 0 || conn.state === 'refused') continue;
      const held = conn.takeWaiting();
      await this.applyClientUpdate(conn, held.length === 1 ? held[0]! : Y.mergeUpdates(held));
    }
  }

  /**
   * An update the connection's role does not allow (UPD3, UPD4), or too much held waiting (UPD6):
   * nothing is applied, stored or relayed, and the client is told with y-protocols' permission-denied
   * message. A viewer stays connected and reads on; any other connection is closed, since its
   * document now holds a change the server will never take and every later update of it would
   * depend on that change.
   */
  private deny(conn: Connection, reason: RefusalReason, detail: string): void {
    conn.send(permissionDeniedMessage(reason));
    if (reason !== 'read_only') return this.refuse(conn, 'update_refused', `${reason}: ${detail}`);
    this.options.logger.log('warn', { event: 'update_refused', docId: this.docId, reason, detail, user: conn.access?.displayName });
  }

  private readonly relayAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin instanceof Connection) {
      for (const id of [...added, ...updated]) origin.awarenessIds.add(id);
      for (const id of removed) origin.awarenessIds.delete(id);
    }
    const message = awarenessMessage(this.awareness, [...added, ...updated, ...removed]);
    for (const conn of this.connections) if (conn !== origin) conn.send(message);
  };

  private refuse(conn: Connection, reason: CloseReason, detail: string): void {
    if (conn.close(reason, detail)) this.enqueue(() => this.removeConnection(conn));
  }

  /** SRV8: a closed connection's awareness is removed and announced; the last one out unloads the room. */
  private async removeConnection(conn: Connection): Promise<void> {
    this.connections.delete(conn);
    if (this.phase === 'closed') return;
    awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
    this.options.logger.log('debug', { event: 'connection_left', docId: this.docId });
    if (this.connections.size === 0 && this.accepting) await this.unload();
  }

  private async unload(): Promise<void> {
    const wasOpen = this.phase === 'open';
    this.phase = 'unloading';
    this.options.onUnload(this);
    if (wasOpen) await this.persistence.compactOnUnload(this.doc);
    this.close();
  }

  /** The room can no longer be trusted (storage failure, bug): drop it unstored; the next load starts from storage. */
  private fail(error: unknown): void {
    if (this.phase === 'closed') return;
    this.options.logger.log('error', { event: 'room_failed', docId: this.docId, detail: error instanceof Error ? error.message : String(error) });
    if (this.accepting) this.options.onUnload(this);
    this.phase = 'unloading';
    const detail = `room failed: ${error instanceof Error ? error.message : String(error)}`;
    for (const conn of this.connections) conn.close('server_error', detail);
    this.close();
  }

  private close(): void {
    this.phase = 'closed';
    this.connections.clear();
    this.awareness.off('update', this.relayAwareness);
    this.awareness.destroy();
    this.doc.destroy();
    this.resolveUnloaded();
  }
}
