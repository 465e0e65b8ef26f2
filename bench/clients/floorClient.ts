import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { BenchClient } from '../target.ts';
import { benchClient } from './benchClient.ts';

const RELAYED = Symbol('relayed');

/**
 * A client of the floor relay. The relay keeps no document, so there is no sync handshake:
 * every client starts from the same board state and sends each local change as a y-websocket
 * update frame, which the relay forwards and the others apply. The receiving work (decode and
 * apply one small update) is the same as with a real provider.
 */
export function floorClient(port: number, boardId: string, state: Uint8Array): BenchClient {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state, RELAYED);
  return benchClient(doc, (count) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/${boardId}`);
    socket.binaryType = 'nodebuffer';
    socket.on('error', count.error);
    socket.on('close', count.closed);
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      if (decoding.readVarUint(decoder) !== 0) return;
      syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, RELAYED);
    });
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === RELAYED || socket.readyState !== WebSocket.OPEN) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeUpdate(encoder, update);
      socket.send(encoding.toUint8Array(encoder));
    });
    const synced = new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return { synced, teardown: () => socket.terminate() };
  });
}
