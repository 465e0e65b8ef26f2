import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { Connection } from './Connection.ts';
import { awarenessMessage } from './encodeMessage.ts';

/**
 * Who is in a room right now (y-protocols awareness): what each connection announced, relayed to
 * the others, and removed when it leaves (SRV8). The room's document is never touched by it.
 */
export class RoomPresence {
  readonly awareness: awarenessProtocol.Awareness;

  constructor(
    doc: Y.Doc,
    private readonly connections: ReadonlySet<Connection>,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.relay);
  }

  /** True while nobody has announced a state. */
  get empty(): boolean {
    return this.awareness.getStates().size === 0;
  }

  /** Everyone's state, for a client that has just joined or asked (query awareness). */
  everyone(): Uint8Array {
    return awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]);
  }

  /** An awareness update a client sent; relayed to the others. */
  apply(conn: Connection, update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, conn);
  }

  /** Removes and announces the states a leaving connection announced. */
  remove(conn: Connection): void {
    awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
  }

  destroy(): void {
    this.awareness.off('update', this.relay);
    this.awareness.destroy();
  }

  private readonly relay = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    if (origin instanceof Connection) {
      for (const id of [...added, ...updated]) origin.awarenessIds.add(id);
      for (const id of removed) origin.awarenessIds.delete(id);
    }
    const message = awarenessMessage(this.awareness, [...added, ...updated, ...removed]);
    for (const conn of this.connections) if (conn !== origin) conn.send(message);
  };
}
