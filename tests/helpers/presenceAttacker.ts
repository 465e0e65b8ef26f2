import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { encodeAwarenessEntries } from '../../server/sync/presence/awarenessEntries.ts';
import { waitFor } from './serverWait.ts';

/** One hand-made awareness entry: any client id, any clock, any state (null removes). */
export interface ForgedEntry {
  client: number;
  clock: number;
  state: unknown;
}

/** An awareness message (type 1) holding `entries`, whatever ids, clocks and states they name. */
export function awarenessFrame(entries: readonly ForgedEntry[]): Uint8Array {
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encodeAwarenessEntries(entries));
  return encoding.toUint8Array(frame);
}

/** The entries of an awareness message the server sent. */
function readEntries(update: Uint8Array): ForgedEntry[] {
  const decoder = decoding.createDecoder(update);
  return Array.from({ length: decoding.readVarUint(decoder) }, () => ({
    client: decoding.readVarUint(decoder),
    clock: decoding.readVarUint(decoder),
    state: JSON.parse(decoding.readVarString(decoder)) as unknown,
  }));
}

/**
 * A raw websocket to /sync that speaks awareness by hand: it sends whatever entries it is told and
 * records every awareness entry the server sends it (clock and state per client id, latest wins).
 */
export class PresenceAttacker {
  readonly seen = new Map<number, ForgedEntry>();
  closed: { code: number; reason: string } | undefined;
  private answers = 0;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== 1) return;
      for (const entry of readEntries(decoding.readVarUint8Array(decoder))) this.seen.set(entry.client, entry);
      this.answers++;
    });
    socket.on('close', (code, reason) => (this.closed = { code, reason: reason.toString() }));
    socket.on('error', () => undefined);
  }

  /** Opens `<wsUrl>/sync/<docId>?token=<token>`. */
  static open(wsUrl: string, docId: string, token: string): Promise<PresenceAttacker> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(`${wsUrl}/sync/${docId}?token=${token}`);
      socket.once('open', () => resolve(new PresenceAttacker(socket)));
      socket.once('unexpected-response', (_request, response) => reject(new Error(`upgrade refused: ${response.statusCode}`)));
    });
  }

  send(entries: readonly ForgedEntry[]): void {
    this.socket.send(awarenessFrame(entries));
  }

  /**
   * Asks the server for every state (query awareness) and resolves with them: since the room
   * handles a connection's messages in order, the answer comes after everything sent before it.
   */
  async everyone(): Promise<Map<number, ForgedEntry>> {
    const before = this.answers;
    this.seen.clear();
    this.socket.send(new Uint8Array([3]));
    await waitFor(() => this.answers > before, 'the answer to query awareness');
    return new Map([...this.seen].filter(([, entry]) => entry.state !== null));
  }

  close(): void {
    this.socket.terminate();
  }
}
