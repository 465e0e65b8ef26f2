import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { LogFields } from '../log.ts';
import { ownerOf } from './ClientOwners.ts';
import { Connection } from './Connection.ts';
import { awarenessMessage } from './protocol/encodeMessage.ts';
import { MessageBudget } from './MessageBudget.ts';
import { ProtocolError } from './ProtocolError.ts';
import { encodeAwarenessEntries, readAwarenessEntries } from './presence/awarenessEntries.ts';
import { filterPresence, type PresenceVerdict } from './presence/filterPresence.ts';
import { presenceStampOf, type StampedState } from './presence/stampPresence.ts';

/** An awareness message may be at most this long (PRS5): a client's echo of a full room's states is a tenth of it. */
export const MAX_AWARENESS_MESSAGE_BYTES = 32 * 1024;
/** PRS6: awareness messages of one connection, this many at once, then one per AWARENESS_REFILL_MS; more are dropped unread. */
export const AWARENESS_BURST = 30;
export const AWARENESS_REFILL_MS = 100;

/** What presence asks of its room: whose each client id of the document is (CID1), where refusals are told, and the server's clock (epoch ms) views are stamped with (PRS4). */
export interface RoomPresenceOptions {
  ownerOf(client: number): string | undefined;
  warn(fields: LogFields): void;
  now(): number;
}

/**
 * Who is in a room right now (y-protocols awareness): what each connection announced, under its
 * own client ids only and stamped with its account (PRS1-PRS6), relayed to the others, and removed
 * when it leaves (SRV8). The room's document is never touched by it.
 */
/** How long a removed client id's owner and clock are kept for a reconnect (PRS2). */
const FORGET_REMOVED_MS = 5 * 60_000;

export class RoomPresence {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly budgets = new Map<Connection, MessageBudget>();
  /** PRS2: the owner that announced each client id first; no other owner may take it while it is held or recently removed. */
  private readonly announcers = new Map<number, string>();
  /** When each id no connection holds any longer was removed. */
  private readonly removedAt = new Map<number, number>();

  constructor(
    doc: Y.Doc,
    private readonly connections: ReadonlySet<Connection>,
    private readonly options: RoomPresenceOptions,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.relay);
  }

  /** Who first announced `client` in this room (PRS2): a client id nobody has written under yet is theirs to write under (CID2). */
  announcedBy(client: number): string | undefined {
    return this.announcers.get(client);
  }

  /** True while nobody has announced a state. */
  get empty(): boolean {
    return this.awareness.getStates().size === 0;
  }

  /** Everyone's state, for a client that has just joined or asked (query awareness). */
  everyone(): Uint8Array {
    return awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]);
  }

  /**
   * An awareness update a client sent: what of it the connection may set (filterPresence.ts) is
   * stamped, applied and relayed to the others; the rest is dropped and logged (PRS1-PRS6).
   */
  apply(conn: Connection, update: Uint8Array): void {
    if (update.length > MAX_AWARENESS_MESSAGE_BYTES) throw new ProtocolError('message_too_large', `awareness update of ${update.length} bytes`);
    if (!this.budgetOf(conn).take()) return;
    const owner = ownerOf(conn.access);
    const verdict = filterPresence(
      {
        owner,
        stamp: conn.access && presenceStampOf(conn.access),
        own: conn.awarenessIds,
        announcedBy: (client) => this.announcers.get(client),
        ownerOf: this.options.ownerOf,
        known: (client) => {
          const meta = this.awareness.meta.get(client);
          return meta && { clock: meta.clock, present: this.awareness.states.has(client) };
        },
        now: this.options.now(),
        // A held state of a stamped connection's own id was stamped by the server (PRS2: no one else sets it).
        heldView: (client) => (this.awareness.states.get(client) as Partial<StampedState> | undefined)?.view,
      },
      readAwarenessEntries(update),
    );
    if (verdict.refused.length > 0) this.report(conn, verdict);
    for (const client of verdict.claimed) {
      conn.awarenessIds.add(client);
      if (!this.announcers.has(client)) this.announcers.set(client, owner);
    }
    if (verdict.apply.length > 0) awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(verdict.apply), conn);
    if (verdict.revived.length > 0) conn.send(awarenessMessage(this.awareness, verdict.revived.map(({ client }) => client)));
  }

  /** SRV8: removes and announces the states a leaving connection announced, but for those another connection of its owner announced too (PRS2). */
  remove(conn: Connection): void {
    this.budgets.delete(conn);
    const shared = new Set([...this.connections].filter((other) => other !== conn).flatMap((other) => [...other.awarenessIds]));
    const gone = [...conn.awarenessIds].filter((client) => !shared.has(client));
    awarenessProtocol.removeAwarenessStates(this.awareness, gone, null);
    const now = Date.now();
    for (const client of gone) this.removedAt.set(client, now);
    this.forgetRemoved(now);
  }

  destroy(): void {
    this.awareness.off('update', this.relay);
    this.awareness.destroy();
  }

  /**
   * Forgets the ids removed more than FORGET_REMOVED_MS ago that no live connection holds again, so
   * a room open for months does not grow with every tab that ever came by. Until then the removal's
   * clock is kept, for a client that reconnects to be seen at once (PRS2); an id written under stays
   * its writer's in the document all the same (CID1).
   */
  private forgetRemoved(now: number): void {
    const held = new Set([...this.connections].flatMap((conn) => [...conn.awarenessIds]));
    for (const [client, at] of this.removedAt) {
      if (held.has(client)) this.removedAt.delete(client);
      else if (now - at > FORGET_REMOVED_MS) {
        this.removedAt.delete(client);
        this.announcers.delete(client);
        this.awareness.meta.delete(client);
      }
    }
  }

  private budgetOf(conn: Connection): MessageBudget {
    let budget = this.budgets.get(conn);
    if (!budget) this.budgets.set(conn, (budget = new MessageBudget(AWARENESS_BURST, AWARENESS_REFILL_MS)));
    return budget;
  }

  /** One log line per message with refusals, naming the account (PRS2); the connection is kept. */
  private report(conn: Connection, verdict: PresenceVerdict): void {
    const counts: Record<string, number> = {};
    for (const { reason } of verdict.refused) counts[reason] = (counts[reason] ?? 0) + 1;
    const first = verdict.refused.slice(0, 4).map(({ client }) => client);
    this.options.warn({ event: 'presence_refused', docId: conn.docId, owner: ownerOf(conn.access), user: conn.access?.displayName, refused: counts, clients: first });
  }

  private readonly relay = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    const message = awarenessMessage(this.awareness, [...added, ...updated, ...removed]);
    for (const conn of this.connections) if (conn !== origin) conn.send(message);
  };
}
