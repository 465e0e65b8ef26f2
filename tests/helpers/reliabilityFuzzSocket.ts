import { WebSocket } from 'ws';

/** What became of one fuzzed frame: the connection stayed open, or the server closed it. */
export type FrameOutcome = { open: true } | { open: false; code: number; reason: string };

/** Query awareness: the server always answers it with an awareness message (SRV8), so it shows the frame before it was handled. */
const PROBE = new Uint8Array([3]);

/**
 * A raw websocket to /sync that sends one frame at a time and learns its outcome: after each
 * frame it sends a probe; the probe's answer means the frame was taken, a close means it was
 * refused (frames after a refused one are dropped, BAD1, so the probe then goes unanswered).
 */
export class FuzzSocket {
  private waiting: ((outcome: FrameOutcome) => void) | undefined;
  private closed: FrameOutcome | undefined;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      if (data[0] === 1) this.settle({ open: true });
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

  /** Sends `data` and the probe; resolves with the outcome, or rejects when the server neither answers nor closes in time. */
  send(data: Uint8Array | string, timeoutMs = 30_000): Promise<FrameOutcome> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the server neither answered nor closed')), timeoutMs);
      this.waiting = (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      };
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
