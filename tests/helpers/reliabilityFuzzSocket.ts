import { WebSocket } from 'ws';

/** What became of one fuzzed frame: the connection stayed open, or the server closed it. */
export type FrameOutcome = { open: true } | { open: false; code: number; reason: string };

/**
 * Sync step 1 with an empty state vector: the server always answers it with sync step 2, a message
 * it sends for nothing else (relayed edits are updates, relayed presence awareness), so the answer
 * shows the frame before it was handled.
 */
const PROBE = new Uint8Array([0, 0, 1, 0]);
const isStep2 = (data: Uint8Array): boolean => data[0] === 0 && data[1] === 1;
/** A fuzzed frame that is a sync step 1 is answered with a step 2 of its own before the probe's, when it is taken. */
const isStep1 = (data: Uint8Array | string): boolean => typeof data !== 'string' && data[0] === 0 && data[1] === 0;

/**
 * Frames one socket sends before the test opens another: each frame and its probe may be a sync
 * step 1, and the server answers only a burst of those per connection (FLOW2).
 */
export const FRAMES_PER_SOCKET = 2;

/**
 * A raw websocket to /sync that sends one frame at a time and learns its outcome: after each
 * frame it sends a probe; the probe's answer means the frame was taken, a close means it was
 * refused (frames after a refused one are dropped, BAD1, so the probe then goes unanswered).
 */
export class FuzzSocket {
  private waiting: ((outcome: FrameOutcome) => void) | undefined;
  private sent = 0;
  /** Sync step 2 answers still to come for the frame in flight and its probe. */
  private unanswered = 0;
  private closed: FrameOutcome | undefined;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      if (!isStep2(data) || this.unanswered === 0) return;
      this.unanswered--;
      if (this.unanswered === 0) this.settle({ open: true });
    });
    socket.on('close', (code, reason) => {
      this.closed = { open: false, code, reason: reason.toString() };
      this.settle(this.closed);
    });
    socket.on('error', () => undefined); // a refused oversized frame may surface as an error first; the close follows
  }

  /** Opens a socket to `url` (ws://…/sync/<id>?token=…). */
  static open(url: string): Promise<FuzzSocket> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.once('open', () => resolve(new FuzzSocket(socket)));
      socket.once('unexpected-response', (_request, response) => reject(new Error(`upgrade refused: ${response.statusCode}`)));
      socket.once('error', reject);
    });
  }

  get isOpen(): boolean {
    return this.closed === undefined;
  }

  /** True once the socket has sent FRAMES_PER_SOCKET frames: the test goes on with a new one. */
  get spent(): boolean {
    return this.sent >= FRAMES_PER_SOCKET;
  }

  /** Sends `data` and the probe; resolves with the outcome, or rejects when the server neither answers nor closes in time. */
  send(data: Uint8Array | string, timeoutMs = 30_000): Promise<FrameOutcome> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the server neither answered nor closed')), timeoutMs);
      this.waiting = (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      };
      this.sent++;
      this.unanswered = 1 + (isStep1(data) ? 1 : 0);
      this.socket.send(data);
      this.socket.send(PROBE);
    });
  }

  close(): void {
    this.socket.terminate();
  }

  private settle(outcome: FrameOutcome): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.(outcome);
  }
}
