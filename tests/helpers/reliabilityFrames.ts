import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { getCardsMap } from '../../shared/doc.ts';
import type { Rng } from '../shared/helpers/prng.ts';
import { frame, updateFrame } from './serverMemoryClient.ts';

/** One fuzzed frame and how it was made, for the failure message. */
export interface FuzzFrame {
  kind: string;
  data: Uint8Array | string;
}

/**
 * Well-formed messages the fuzzer starts from: sync step 1, query awareness, an awareness update,
 * and updates that the schema refuses (an unknown top-level type, a wrong field type, an unknown
 * field, a bad card id). Never a valid document change: whatever the mutations make of these,
 * nothing of them may reach the stored document.
 */
export function messageCorpus(board: Y.Doc): Uint8Array[] {
  const hostile = new Y.Doc();
  Y.applyUpdate(hostile, Y.encodeStateAsUpdate(board));
  const refused: Uint8Array[] = [];
  hostile.on('update', (update: Uint8Array) => refused.push(update));
  const cardIds = [...getCardsMap(hostile).keys()];
  const before = Y.encodeStateAsUpdate(hostile);
  hostile.getMap('evil').set('payload', 'x');
  for (const id of cardIds.slice(0, 3)) {
    getCardsMap(hostile).get(id)!.set('effect', 'tolv');
    getCardsMap(hostile).get(id)!.set('okänd', 1);
  }
  getCardsMap(hostile).set('ogiltigt id!', new Y.Map());
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState({ user: { name: 'Fuzz', color: '#000' }, editing: cardIds[0] });
  const corpus = [
    frame(0, (e) => {
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint8Array(e, Y.encodeStateVector(board));
    }),
    frame(3),
    frame(1, (e) => encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]))),
    ...refused.map(updateFrame),
    // The whole hostile state as a sync step 2: mostly known structs, with the refused ones inside.
    frame(0, (e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(hostile, Y.encodeStateVectorFromUpdate(before)));
    }),
  ];
  awareness.destroy();
  hostile.destroy();
  return corpus;
}

const randomBytes = (rng: Rng, length: number): Uint8Array => Uint8Array.from({ length }, () => rng.int(256));

/** A seeded stream of bad frames: random bytes, truncated and mutated corpus messages, garbage updates, text, refused updates. */
export function nextFrame(rng: Rng, corpus: readonly Uint8Array[]): FuzzFrame {
  const roll = rng.next();
  const base = rng.pick(corpus);
  if (roll < 0.25) return { kind: 'random bytes', data: randomBytes(rng, rng.int(64)) };
  if (roll < 0.45) return { kind: 'truncated', data: base.slice(0, rng.int(base.length)) };
  if (roll < 0.75) {
    const data = base.slice();
    for (let flips = 1 + rng.int(3); flips > 0; flips--) data[rng.int(data.length)] = rng.int(256);
    return { kind: 'mutated', data };
  }
  if (roll < 0.85) return { kind: 'garbage update', data: updateFrame(randomBytes(rng, 1 + rng.int(80))) };
  if (roll < 0.9) return { kind: 'text', data: String.fromCharCode(...randomBytes(rng, rng.int(40))) };
  if (roll < 0.95) return { kind: 'appended bytes', data: Uint8Array.from([...base, ...randomBytes(rng, 1 + rng.int(8))]) };
  return { kind: 'intact corpus message', data: base };
}

/** A frame over the server's limit: `bytes` of update payload in a well-formed update message. */
export const oversizedFrame = (bytes: number): FuzzFrame => ({ kind: `oversized ${bytes} B`, data: updateFrame(new Uint8Array(bytes)) });
