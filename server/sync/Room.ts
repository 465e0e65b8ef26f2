import * as Y from 'yjs';
import { permissionDeniedMessage } from './protocol/permissionDeniedMessage.ts';
import type { CloseReason } from './closeReasons.ts';
import { Connection, DEFAULT_FLOW_LIMITS, type RoomSocket } from './Connection.ts';
import { decodeMessage, type ClientMessage } from './protocol/decodeMessage.ts';
import { UnreadableBoardError } from './DocPersistence.ts';
import { ProtocolError } from './ProtocolError.ts';
import { syncStep1Message, syncStep2Message, updateMessage } from './protocol/encodeMessage.ts';
import { RoomClosedError } from './RoomClosedError.ts';
import { RoomPresence } from './RoomPresence.ts';
import { RoomWriter } from './RoomWriter.ts';
import type { RoomOptions } from './RoomOptions.ts';
import { SERVER_ORIGIN, type ServerWrite } from './ServerWrite.ts';
import type { SyncAccess } from './UpdateGate.ts';
import type { RefusalReason } from './UpdateOutcome.ts';

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

/**
 * One board's live document and the clients editing it (SRV1-SRV9). Knows nothing of Hono or
 * ws: clients are RoomSockets. Every message of the room goes through one serial queue and is
 * handled completely (decoded, checked, applied, stored, relayed) before the next one starts;
 * the first task in the queue is loading the document, so no client is answered from a half-loaded doc.
 */
export class Room<A extends SyncAccess = SyncAccess> {
  readonly doc = new Y.Doc();
  readonly connections = new Set<Connection<A>>();
  readonly presence = new RoomPresence(this.doc, this.connections, {
    ownerOf: (client) => this.writer.ownerOf(client),
    warn: (entry) => this.options.logger.log('warn', entry),
    now: () => (this.options.now?.() ?? new Date()).getTime(),
  });
  /** Resolves once the room has unloaded (after its final compaction, if any). */
  readonly unloaded: Promise<void>;
  private phase: Phase = 'loading';
  private tail: Promise<void>;
  private resolveUnloaded!: () => void;
  private readonly writer: RoomWriter<A>;

  constructor(
    readonly docId: string,
    private readonly options: RoomOptions<A>,
  ) {
    this.unloaded = new Promise((resolve) => (this.resolveUnloaded = resolve));
    this.writer = new RoomWriter(docId, { ...options, announcedBy: (client) => this.presence.announcedBy(client) });
    this.tail = Promise.resolve();
    this.enqueue(() => this.load());
  }

  /** True while the room takes new connections: it has not started unloading. */
  get accepting(): boolean {
    return this.phase === 'loading' || this.phase === 'open';
  }

  /** Adds a client. It is sent the server's sync step 1 once the document has loaded. */
  connect(socket: RoomSocket, access?: A): RoomPeer {
    if (!this.accepting) throw new Error(`room ${this.docId} is unloading`);
    const removeOnClose = (): void => this.enqueue(() => this.removeConnection(conn));
    const conn: Connection<A> = new Connection<A>(this.docId, socket, this.options.logger, this.options.flow ?? DEFAULT_FLOW_LIMITS, removeOnClose, access);
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
        if (this.phase !== 'open') return reject(new RoomClosedError(`room ${this.docId} is not open`));
        try {
          resolve(read(this.doc));
        } catch (error) {
          reject(error); // the reader's failure, not the room's
        }
      }),
    );
  }

  /**
   * MTS17: runs the server's own `write` in queue order (after every message received so far) and
   * resolves with its result once its change is stored and relayed to every connection. A room that
   * no one has open (the registry opened it for this write) unloads after it.
   */
  writeAsServer<T>(write: ServerWrite<T>): Promise<T> {
    return new Promise((resolve, reject) =>
      this.enqueue(async () => {
        if (this.phase !== 'open') return reject(new RoomClosedError(`room ${this.docId} is not open`));
        await this.serve(write).then(resolve, reject);
        if (this.connections.size === 0 && this.accepting) await this.unload();
      }),
    );
  }

  /** Closes the connections whose access matches (a logout, a removed member, a revoked link: AUTH11). */
  closeWhere(matches: (access: A) => boolean, reason: CloseReason, detail: string): void {
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
    try {
      await this.writer.load(this.doc);
    } catch (error) {
      // OPS3: bytes that do not decode will not on a reconnect (board_unreadable), so clients stop and the
      // operator recovers the board; storage that fails may come back (storage_unavailable).
      return this.fail(error, error instanceof UnreadableBoardError ? 'board_unreadable' : 'storage_unavailable');
    }
    this.phase = 'open';
  }

  private greet(conn: Connection<A>): void {
    if (this.phase !== 'open') return;
    conn.send(syncStep1Message(this.doc));
    if (!this.presence.empty) conn.send(this.presence.everyone());
  }

  private async handleFrame(conn: Connection<A>, frame: Uint8Array | string): Promise<void> {
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

  private async handleMessage(conn: Connection<A>, message: ClientMessage): Promise<void> {
    switch (message.type) {
      case 'syncStep1':
        if (!conn.budgets.syncStep1.take()) throw new ProtocolError('too_many_messages', 'sync step 1 faster than any client sends it');
        conn.send(syncStep2Message(this.doc, message.stateVector));
        conn.synced = true;
        return;
      case 'syncStep2':
      case 'update':
        return this.applyClientUpdate(conn, message.update);
      case 'awareness':
        this.presence.apply(conn, message.update);
        return;
      case 'queryAwareness':
        if (!conn.budgets.queryAwareness.take()) throw new ProtocolError('too_many_messages', 'query awareness faster than any client sends it');
        conn.send(this.presence.everyone());
    }
  }

  /**
   * SRV4: check and store (RoomWriter), apply with the connection as origin, and only then relay
   * to the others. A store that fails leaves the document untouched and the room open: the
   * editor is closed with storage_unavailable, keeps its change and sends it again when it
   * reconnects; readers read on.
   */
  private async applyClientUpdate(conn: Connection<A>, update: Uint8Array): Promise<void> {
    const written = await this.writer.write(this.doc, conn.access, update);
    switch (written.verdict) {
      case 'ignore':
        return;
      case 'wait':
        return this.hold(conn, update);
      case 'refuse':
        return this.deny(conn, written.reason, written.detail);
      case 'close':
        return this.refuse(conn, written.reason, written.detail);
    }
    if (!this.relay(written.change, conn, conn)) return;
    await this.writer.recordHistory(written.accepted);
    await this.writer.persistence.afterStored(this.doc);
    // The client's update is stored and stays when its follow-up fails; the numbers can be asked for again (MTS18).
    if (written.followUp) await this.serve(written.followUp).catch((error: unknown) => this.writer.logFailure('server_write_failed', error));
    await this.retryWaiting();
  }

  /** SRV4's second half: a stored change goes into the document with `origin` and out to every synced connection but its sender; false when the room failed. */
  private relay(change: Uint8Array, origin: unknown, sender?: Connection<A>): boolean {
    try {
      Y.applyUpdate(this.doc, change, origin);
    } catch (error) {
      // It applied to the checked copy, so this is a bug; the doc may be half-changed.
      this.fail(error);
      return false;
    }
    const message = updateMessage(change);
    for (const other of this.connections) if (other !== sender && other.synced) other.send(message);
    return true;
  }

  /** MTS17: the server's own write, drafted on a copy, checked and stored (RoomWriter), then applied as the server and relayed to everyone. */
  private async serve<T>(write: ServerWrite<T>): Promise<T> {
    const { result, change } = await this.writer.writeOwn(this.doc, write);
    if (change && this.relay(change, SERVER_ORIGIN)) await this.writer.persistence.afterStored(this.doc);
    return result;
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
  private hold(conn: Connection<A>, update: Uint8Array): void {
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
  private deny(conn: Connection<A>, reason: RefusalReason, detail: string): void {
    conn.send(permissionDeniedMessage(reason));
    if (reason !== 'read_only') return this.refuse(conn, 'update_refused', `${reason}: ${detail}`);
    this.options.logger.log('warn', { event: 'update_refused', docId: this.docId, reason, detail, user: conn.access?.displayName });
  }

  private refuse(conn: Connection<A>, reason: CloseReason, detail: string): void {
    conn.close(reason, detail); // the connection's onClosed removes it from the room
  }

  /** SRV8: a closed connection's awareness is removed and announced; the last one out unloads the room. */
  private async removeConnection(conn: Connection<A>): Promise<void> {
    this.connections.delete(conn);
    if (this.phase === 'closed') return;
    this.presence.remove(conn);
    this.options.logger.log('debug', { event: 'connection_left', docId: this.docId });
    if (this.connections.size === 0 && this.accepting) await this.unload();
  }

  private async unload(): Promise<void> {
    const wasOpen = this.phase === 'open';
    this.phase = 'unloading';
    this.options.onUnload(this);
    if (wasOpen) await this.writer.persistence.compactOnUnload(this.doc);
    this.close();
  }

  /** The room can no longer be trusted (a stored board that does not load, a bug): drop it unstored; the next load starts from storage. */
  private fail(error: unknown, reason: CloseReason = 'server_error'): void {
    if (this.phase === 'closed') return;
    const detail = error instanceof Error ? error.message : String(error);
    this.options.logger.log('error', { event: reason === 'server_error' ? 'room_failed' : `room_${reason}`, docId: this.docId, detail });
    if (this.accepting) this.options.onUnload(this);
    this.phase = 'unloading';
    for (const conn of this.connections) conn.close(reason, reason === 'server_error' ? `room failed: ${detail}` : detail);
    this.close();
  }

  private close(): void {
    this.phase = 'closed';
    this.connections.clear();
    this.presence.destroy();
    this.doc.destroy();
    this.resolveUnloaded();
  }
}
