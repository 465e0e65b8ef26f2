import type { SyncAccess } from './UpdateGate.ts';
import type { Logger } from '../log.ts';
import { CLOSE_CODES, type CloseReason } from './closeReasons.ts';
import { MessageBudget } from './MessageBudget.ts';

/** What a room needs of a socket. The route adapts a real websocket to it; tests use an in-memory pair. */
export interface RoomSocket {
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Bytes sent but not yet taken by the client (FLOW1); in-memory sockets have none. */
  buffered?(): number;
  /**
   * Drops the socket without a closing handshake: a client that reads nothing would never read
   * the close frame queued behind what it left unread, and its buffer would stay (FLOW1).
   */
  abort?(): void;
}

/** How much one connection may make the server send and buffer (FLOW1, FLOW2). */
export interface FlowLimits {
  /** More than this waiting in the socket's send buffer closes it with send_buffer_full. */
  maxBufferedBytes: number;
  /** Sync step 1 and query awareness, each: this many at once… */
  answerBurst: number;
  /** …then one more per this many milliseconds. */
  answerRefillMs: number;
}

export const DEFAULT_FLOW_LIMITS: FlowLimits = { maxBufferedBytes: 8 * 1024 * 1024, answerBurst: 5, answerRefillMs: 10_000 };

/**
 * `open`: live. `left`: the peer closed; its queued messages are still handled (an update it
 * sent before leaving is kept). `refused`: the server closed it; its queued messages are dropped.
 */
export type ConnectionState = 'open' | 'left' | 'refused';

/** One client's connection to a room, as the room sees it. */
export class Connection<A extends SyncAccess = SyncAccess> {
  state: ConnectionState = 'open';
  /** Set once the client has been sent the document (sync step 2): only then are updates relayed to it. */
  synced = false;
  /** Awareness client ids this connection has announced, removed when it closes. */
  readonly awarenessIds = new Set<number>();
  /** Updates of this client that wait for changes the server has not got yet (UPD6), in arrival order. */
  private waiting: Uint8Array[] = [];
  private waitingBytes = 0;
  /** FLOW2: what sync step 1 and query awareness, each answered with much, may still ask. */
  readonly budgets: { syncStep1: MessageBudget; queryAwareness: MessageBudget };

  constructor(
    readonly docId: string,
    private readonly socket: RoomSocket,
    private readonly logger: Logger,
    private readonly limits: FlowLimits = DEFAULT_FLOW_LIMITS,
    /** Told once the server has closed the connection, whoever closed it (the room, or send() itself: FLOW1). */
    private readonly onClosed: () => void = () => {},
    /** Who this is and what they may change (ROLE rules); none for the room's own tests, which are trusted. */
    readonly access?: A,
  ) {
    this.budgets = {
      syncStep1: new MessageBudget(limits.answerBurst, limits.answerRefillMs),
      queryAwareness: new MessageBudget(limits.answerBurst, limits.answerRefillMs),
    };
  }

  /** Holds an update that cannot apply yet; false, holding nothing more, when that would exceed `limit` bytes in all. */
  hold(update: Uint8Array, limit: number): boolean {
    if (this.waitingBytes + update.length > limit) return false;
    this.waiting.push(update);
    this.waitingBytes += update.length;
    return true;
  }

  /** How many updates are held. */
  get holding(): number {
    return this.waiting.length;
  }

  /** Hands over what is held, to be tried again, and holds nothing. */
  takeWaiting(): Uint8Array[] {
    const held = this.waiting;
    this.waiting = [];
    this.waitingBytes = 0;
    return held;
  }

  /**
   * Sends a frame, unless the client has left more than maxBufferedBytes of earlier frames unread:
   * then it is dropped instead (FLOW1). Checked before the send, so one frame larger than the cap
   * (a whole board to a client that has just joined) still goes out, and what one socket holds is
   * bounded by the cap plus one frame.
   */
  send(data: Uint8Array): void {
    if (this.state !== 'open') return;
    const buffered = this.socket.buffered?.() ?? 0;
    if (buffered > this.limits.maxBufferedBytes) {
      this.close('send_buffer_full', `${buffered} bytes unread`);
      return;
    }
    this.socket.send(data);
  }

  /**
   * Closes the connection from the server's side with the reason's close code and writes the
   * one log line of this close (BAD1). Returns false when the connection was already closed.
   */
  close(reason: CloseReason, detail: string): boolean {
    if (this.state !== 'open') return false;
    this.state = 'refused';
    const code = CLOSE_CODES[reason];
    const level = reason === 'server_shutdown' ? 'info' : reason === 'server_error' ? 'error' : 'warn';
    this.logger.log(level, { event: 'connection_closed', docId: this.docId, reason, code, detail });
    if (reason === 'send_buffer_full' && this.socket.abort) this.socket.abort();
    else this.socket.close(code, reason);
    this.onClosed();
    return true;
  }
}
