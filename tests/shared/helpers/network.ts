import * as Y from 'yjs';
import type { Rng } from './prng.ts';

/** The origin of every update the network applies, so it is never sent on again. */
const NETWORK = Symbol('network');

/**
 * A mesh of peers with an unreliable, reordering network: each update a peer makes lands in
 * every online peer's inbox and is delivered in random order. An offline peer keeps its own
 * updates in an outbox and misses everything sent meanwhile; on reconnect it sends its outbox
 * and syncs state with every online peer (y-websocket's sync step 1 and 2).
 */
export class Network {
  readonly online: boolean[];
  private readonly inbox: Uint8Array[][];
  private readonly outbox: Uint8Array[][];

  constructor(
    readonly docs: readonly Y.Doc[],
    private readonly rng: Rng,
    /** How far out of order an update may arrive: it is picked among the first `window` waiting. */
    private readonly window = Number.POSITIVE_INFINITY,
  ) {
    this.online = docs.map(() => true);
    this.inbox = docs.map(() => []);
    this.outbox = docs.map(() => []);
    docs.forEach((doc, i) =>
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === NETWORK) return;
        if (this.online[i]) this.send(i, update);
        else this.outbox[i]!.push(update);
      }),
    );
  }

  private send(from: number, update: Uint8Array): void {
    this.docs.forEach((_, to) => to !== from && this.online[to] && this.inbox[to]!.push(update));
  }

  /** Delivers one random pending update to one random peer; false when nothing is pending. */
  deliverOne(): boolean {
    const waiting = this.inbox.flatMap((box, i) => (box.length > 0 ? [i] : []));
    if (waiting.length === 0) return false;
    const to = this.rng.pick(waiting);
    const box = this.inbox[to]!;
    const [update] = box.splice(this.rng.int(Math.min(box.length, this.window)), 1);
    Y.applyUpdate(this.docs[to]!, update!, NETWORK);
    return true;
  }

  disconnect(i: number): void {
    this.online[i] = false;
    this.inbox[i] = [];
  }

  reconnect(i: number): void {
    if (this.online[i]) return;
    this.online[i] = true;
    for (const update of this.outbox[i]!.splice(0)) this.send(i, update);
    const doc = this.docs[i]!;
    this.docs.forEach((peer, j) => {
      if (j === i || !this.online[j]) return;
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), NETWORK);
      Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(peer)), NETWORK);
    });
  }

  /** Brings everyone online and delivers everything pending, in random order. */
  settle(): void {
    this.rng.shuffle(this.docs.map((_, i) => i)).forEach((i) => this.reconnect(i));
    while (this.deliverOne());
  }
}
