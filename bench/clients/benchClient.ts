import type * as Y from 'yjs';
import type { BenchClient } from '../target.ts';

/** How a client's connection reports trouble to the count that `BenchClient.errors()` returns. */
export interface ErrorCount {
  /** A connection error: always counts. */
  error(): void;
  /** A close: counts unless the bench destroyed the client itself. */
  closed(): void;
}

/**
 * Makes a BenchClient of `doc` and its connection. `connect` wires the connection's events to
 * the error count and returns when the client is synced and how to tear the connection down;
 * destroy tears it down, then destroys the doc.
 */
export function benchClient(doc: Y.Doc, connect: (count: ErrorCount) => { synced: Promise<void>; teardown: () => void }): BenchClient {
  let errors = 0;
  let destroyed = false;
  const { synced, teardown } = connect({
    error: () => void errors++,
    closed: () => void (destroyed || errors++),
  });
  return {
    doc,
    synced,
    errors: () => errors,
    destroy() {
      destroyed = true;
      teardown();
      doc.destroy();
    },
  };
}
