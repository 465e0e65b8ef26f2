import type * as Y from 'yjs';
import type { ChildProcessServer } from './servers/spawnChild.ts';

/** The three servers every workload runs against, in this order. */
export const TARGET_NAMES = ['tavla', 'floor', 'hocuspocus'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

/** One simulated user: a document kept in sync through the target's own client. */
export interface BenchClient {
  readonly doc: Y.Doc;
  /** Resolves once the client holds the board (synced with the server; on the floor, connected). */
  readonly synced: Promise<void>;
  /** Connection errors and closes the client did not ask for, so far. */
  errors(): number;
  destroy(): void;
}

/** A running server under test and the way its users connect to it. */
export interface Target {
  readonly name: TargetName;
  readonly server: ChildProcessServer;
  /** Creates a `measures` board holding `cards` cards with ids `card-0…`, stored (or, on the floor, known to every client). */
  createBoard(cards: number): Promise<string>;
  connect(boardId: string): BenchClient;
  /** Stops the server (SIGTERM; it stores what it holds) and removes nothing. */
  stop(): Promise<void>;
}
