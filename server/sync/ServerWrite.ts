import * as Y from 'yjs';
import type { AppendExtra } from '../storage/Storage.ts';

/** The origin of the server's own transactions (MTS17): no connection's, so it is relayed to every connection. */
export const SERVER_ORIGIN = Object.freeze({ kind: 'server' });

/** What a server write did on its copy of the document: its answer, and what storage keeps with its update in the same transaction. */
export interface Drafted<T> {
  result: T;
  extra?: AppendExtra;
}

/**
 * A write the server makes itself into a room's document (MTS17): a function of the document that
 * writes with shared/ operations in transactions of `origin`, and may read storage first (the
 * series' last number). It runs on a copy: what it changed is checked, stored and only then applied
 * and relayed, and it may run again on a fresh copy when the store refused its extra (SeriesMovedError).
 */
export type ServerWrite<T> = (doc: Y.Doc, origin: unknown) => Promise<Drafted<T>>;

/** What the server writes after a client's update is stored, decided from the document before and after it (MTS18, MTS19); undefined for nothing. */
export type FollowUp = (docId: string, before: Y.Doc, after: Y.Doc) => ServerWrite<unknown> | undefined;

/**
 * Runs `write` on a fresh copy of `doc` under the Yjs client id `client` and answers what it changed
 * as one update (none when it wrote nothing), with its result; `doc` is left untouched.
 */
export async function draftServerWrite<T>(doc: Y.Doc, client: number, write: ServerWrite<T>): Promise<Drafted<T> & { update?: Uint8Array }> {
  const copy = new Y.Doc({ gc: doc.gc });
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    // Set after the load: Yjs gives a document a new id when a remote update carries its own.
    copy.clientID = client;
    const updates: Uint8Array[] = [];
    copy.on('update', (update: Uint8Array) => updates.push(update));
    const drafted = await write(copy, SERVER_ORIGIN);
    if (updates.length === 0) return drafted;
    return { ...drafted, update: updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates) };
  } finally {
    copy.destroy();
  }
}
