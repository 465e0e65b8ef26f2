import type { AwarenessEntry } from './awarenessEntries.ts';
import { stampState, type PresenceStamp, type PresenceView } from './stampPresence.ts';

/** A connection announces at most this many client ids in its life (PRS2): a tab has one. */
export const MAX_PRESENCE_IDS = 4;
/** A state's JSON text may be at most this long (PRS5); a stamped one is a tenth of it. */
export const MAX_STATE_BYTES = 2048;

/** What the filter knows of one awareness message's connection and room; plain data and lookups, no I/O. */
export interface PresenceContext {
  /** Whose the connection is, as ClientOwners names writers (`user:<id>`, `share:<id>`, `room`). */
  owner: string;
  /** What the server writes on its states; none for the room's own tests, whose states pass as sent. */
  stamp: PresenceStamp | undefined;
  /** The client ids this connection has announced before. */
  own: ReadonlySet<number>;
  /** The owner whose connection announced a client id first in this room, if any. */
  announcedBy(client: number): string | undefined;
  /** The writer the document binds a client id to (CID1), if any. */
  ownerOf(client: number): string | undefined;
  /** The room's clock for a client id and whether it holds a state for it; undefined when it never heard of it. */
  known(client: number): { clock: number; present: boolean } | undefined;
  /** The server's clock, epoch ms: a view's `at` when its place is new (PRS4). */
  now: number;
  /** The view the room holds for a client id, as the server stamped it, if any (PRS4). */
  heldView(client: number): PresenceView | undefined;
}

/**
 * Why an entry is refused. `taken`: another owner announced the id in this room first; `bound`: the
 * document binds the id to another owner (both forgeries, PRS2); `too_many_ids`, `too_large`,
 * `not_an_object`: PRS2, PRS5, PRS4.
 */
export type PresenceRefusal = 'taken' | 'bound' | 'too_many_ids' | 'too_large' | 'not_an_object';

/** The outcome for one awareness message: the entries to apply, stamped, and what was refused. */
export interface PresenceVerdict {
  apply: { client: number; clock: number; state: unknown }[];
  /** Of `apply`, the states announced again after the room removed them, under a clock one higher: the sender is sent them back. */
  revived: { client: number; clock: number; state: unknown }[];
  /** The ids this message announces for the first time; the connection owns them from now on. */
  claimed: number[];
  refused: { client: number; reason: PresenceRefusal }[];
}

/**
 * An entry y-protocols would not apply anyway (an older clock, the same one re-sent, clock 0 of an
 * id it never heard of): an honest echo, never refused and never claimed.
 */
function isStale(entry: AwarenessEntry, known: { clock: number; present: boolean } = { clock: 0, present: false }): boolean {
  return entry.clock < known.clock || (entry.clock === known.clock && (entry.state !== null || !known.present));
}

/** Why the connection may not take a client id it has not announced before, if it may not (PRS2). */
function claimRefusal(context: PresenceContext, client: number, claimedBefore: number): PresenceRefusal | undefined {
  const announcer = context.announcedBy(client);
  if (announcer !== undefined && announcer !== context.owner) return 'taken';
  const bound = context.ownerOf(client);
  if (bound !== undefined && bound !== context.owner) return 'bound';
  if (context.own.size + claimedBefore >= MAX_PRESENCE_IDS) return 'too_many_ids';
  return undefined;
}

/**
 * Decides what of one awareness message a connection may set (PRS1-PRS5). A y-websocket client
 * re-sends every state it hears, so entries for ids that are not its own are dropped, and refused
 * only when they would change something: a state under an id another owner announced or wrote
 * under is a forgery. A removal of an id not its own is dropped without a word: a client's own
 * 30-second timeout sends those, and the server times states out itself.
 */
export function filterPresence(context: PresenceContext, entries: readonly AwarenessEntry[]): PresenceVerdict {
  const verdict: PresenceVerdict = { apply: [], revived: [], claimed: [], refused: [] };
  const refuse = (client: number, reason: PresenceRefusal) => verdict.refused.push({ client, reason });
  for (const entry of entries) {
    const { client } = entry;
    const known = context.known(client);
    // A client that reconnects announces its state at the clock the room removed it with, which no
    // one would take (SRV8); from its own owner, it is taken one clock higher and sent back (PRS2).
    const revive = entry.state !== null && known?.present === false && entry.clock === known.clock && context.announcedBy(client) === context.owner;
    if (!revive && isStale(entry, known)) continue;
    const clock = revive ? entry.clock + 1 : entry.clock;
    const mine = context.own.has(client) || verdict.claimed.includes(client);
    if (entry.state === null) {
      if (mine) verdict.apply.push({ client, clock, state: null });
      continue;
    }
    const refusal = mine ? undefined : claimRefusal(context, client, verdict.claimed.length);
    if (refusal) {
      refuse(client, refusal);
      continue;
    }
    if (entry.bytes > MAX_STATE_BYTES) {
      refuse(client, 'too_large');
      continue;
    }
    const state = context.stamp ? stampState(entry.state, context.stamp, { now: context.now, previous: context.heldView(client) }) : entry.state;
    if (state === null) {
      refuse(client, 'not_an_object');
      continue;
    }
    if (!mine) verdict.claimed.push(client);
    verdict.apply.push({ client, clock, state });
    if (revive) verdict.revived.push({ client, clock, state });
  }
  return verdict;
}
