import * as decoding from 'lib0/decoding';
import { afterEach } from 'vitest';
import { WebSocket } from 'ws';
import * as authProtocol from 'y-protocols/auth';
import * as Y from 'yjs';
import type { Storage } from '../../server/storage/Storage.ts';
import { loadStoredDoc } from './serverBoards.ts';
import { updateFrame } from './serverMemoryClient.ts';
import { waitFor } from './serverWait.ts';

/** Query awareness: the server answers it with an awareness message (SRV8), so its answer shows that what came before was taken. */
const PROBE = new Uint8Array([3]);

/**
 * A hand-made client on a real websocket to /sync/<id>: it sends update bytes it built itself, as an
 * attacker would, and records what the server told it: permission-denied reasons (UPD5) and the close.
 */
export class Attacker {
  readonly denied: string[] = [];
  closed: { code: number; reason: string } | undefined;
  private answers = 0;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      const type = decoding.readVarUint(decoder);
      if (type === 1) this.answers++;
      if (type === 2) authProtocol.readAuthMessage(decoder, new Y.Doc(), (_doc, reason) => this.denied.push(reason));
    });
    socket.on('close', (code, reason) => (this.closed = { code, reason: reason.toString() }));
    socket.on('error', () => undefined); // a refused frame may surface as an error first; the close follows
  }

  /** Opens the socket as the owner of `token`. */
  static open(wsUrl: string, docId: string, token: string): Promise<Attacker> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(`${wsUrl}/sync/${docId}?token=${token}`);
      socket.once('open', () => resolve(new Attacker(socket)));
      socket.once('unexpected-response', (_request, response) => reject(new Error(`upgrade refused: ${response.statusCode}`)));
    });
  }

  /** Sends `update` and resolves once the server has taken it (the probe is answered) or closed the socket. */
  async send(update: Uint8Array): Promise<void> {
    const answered = this.answers;
    this.socket.send(updateFrame(update));
    this.socket.send(PROBE);
    await waitFor(() => this.closed !== undefined || this.answers > answered, 'the server to take or refuse the update', 60_000);
  }

  close(): void {
    this.socket.terminate();
  }
}

/** The update a hand-made client holding the stored board sends after `edit`: exactly what the edit changed. */
export async function handMadeUpdate(storage: Storage, docId: string, edit: (doc: Y.Doc) => void): Promise<Uint8Array> {
  const doc = await loadStoredDoc(storage, docId);
  const before = Y.encodeStateVector(doc);
  edit(doc);
  const update = Y.encodeStateAsUpdate(doc, before);
  doc.destroy();
  return update;
}

/** Writes `edit` straight into a stored board whose room is not open, as a seed or an old tool would. */
export async function appendEdit(storage: Storage, docId: string, edit: (doc: Y.Doc) => void): Promise<void> {
  await storage.appendUpdate(docId, await handMadeUpdate(storage, docId, edit));
}

/** Opens attackers for a test file's server, each closed after its test. */
export function useAttackers(fx: { wsUrl: string; token: string }): (docId: string, token?: string) => Promise<Attacker> {
  const opened: Attacker[] = [];
  afterEach(() => opened.splice(0).forEach((attacker) => attacker.close()));
  return async (docId, token = fx.token) => {
    const attacker = await Attacker.open(fx.wsUrl, docId, token);
    opened.push(attacker);
    return attacker;
  };
}

/** What a stored board holds, to compare with toEqual: its content and its state vector (compaction may reorder both). */
export async function storedState(storage: Storage, docId: string): Promise<{ content: unknown; state: Map<number, number> }> {
  const doc = await loadStoredDoc(storage, docId);
  const stored = { content: doc.toJSON(), state: Y.decodeStateVector(Y.encodeStateVector(doc)) };
  doc.destroy();
  return stored;
}
