import { WebSocket } from 'ws';

/** When a client's sockets were opened and closed (performance.now()). */
export interface SocketLog {
  attempts: number[];
  closes: number[];
}

/**
 * The `ws` WebSocket for a client under test that takes a polyfill but no token: it sends the
 * current bearer token (`token()`, fresh after a restart) on every upgrade and logs when each
 * connection attempt started and each socket closed, so a test can see how long a client waited
 * before it reconnected.
 */
export function recordingSocket(token: () => string, log: SocketLog): typeof globalThis.WebSocket {
  class RecordingSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      log.attempts.push(performance.now());
      super(address, protocols, { headers: { authorization: `Bearer ${token()}` } });
      this.on('close', () => log.closes.push(performance.now()));
    }
  }
  return RecordingSocket as unknown as typeof globalThis.WebSocket;
}

/** A client's first socket close after `since`, and its next connection attempt after that. */
export function firstRetry(log: SocketLog, since: number): { closed: number; retried: number } {
  const closed = log.closes.find((at) => at >= since)!;
  return { closed, retried: log.attempts.find((at) => at > closed)! };
}

/** How many pairs of `values` stand in the opposite order (0 for a sorted list, n(n−1)/4 on average for a shuffled one). */
export function inversions(values: readonly number[]): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) if (values[i]! > values[j]!) count++;
  return count;
}
