import * as Y from 'yjs';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its nodes by their event type
type AnyType = Y.AbstractType<any>;

/**
 * What an update does to a document, seen on a scratch copy (UPD1):
 * `changed` — the document's state (what it contains or has deleted) differs afterwards;
 * `pending` — part of it (a struct or a deletion) waits for changes the server has not got, and would
 *   apply later, unseen, inside someone else's update;
 * `paths` — every shared type that changed, as the path of keys from the top level
 * (`['cards', 'c1', 'effect']` for a value, `['cards', 'c1', 'comment']` for a text's content,
 * `['cards', 'c1']` when a whole card was added, replaced or removed).
 */
export interface UpdateEffect {
  changed: boolean;
  pending: boolean;
  paths: readonly (readonly string[])[];
}

/** The path of a type from the document's top level; undefined for a type not reachable by map keys. */
function pathOf(type: AnyType, rootNames: Map<AnyType, string>): string[] | undefined {
  const path: string[] = [];
  let current: AnyType = type;
  while (current._item !== null) {
    const { parentSub, parent } = current._item;
    if (parentSub === null || !(parent instanceof Y.AbstractType)) return undefined; // inside a list: not our schema
    path.unshift(parentSub);
    current = parent;
  }
  const name = rootNames.get(current);
  return name === undefined ? undefined : [name, ...path];
}

const movedState = (before: Map<number, number>, after: Map<number, number>): boolean =>
  before.size !== after.size || [...after].some(([client, clock]) => before.get(client) !== clock);

/**
 * True when part of a decoded update did not integrate into `doc`: a struct beyond the client's state
 * afterwards, or a deletion of clocks `doc` has not got. Yjs keeps such parts as pending structs or a
 * pending delete set and retries them with every later update; judged from the update alone, so parts
 * that some earlier update left pending do not count against this one.
 */
function leftPending(doc: Y.Doc, decoded: ReturnType<typeof Y.decodeUpdate>): boolean {
  const state = (client: number) => Y.getState(doc.store, client);
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) continue; // a gap in the update's own encoding, not a struct
    if (struct.id.clock + struct.length > state(struct.id.client)) return true;
  }
  for (const [client, deletions] of decoded.ds.clients) {
    if (deletions.some(({ clock, len }) => clock + len > state(client))) return true;
  }
  return false;
}

/**
 * Applies `update` (`decoded` is the same bytes, decoded) to `scratch` and reports its effect. Reads Yjs's own record of the changed
 * types (transaction.changed), which covers inserts, deletions and nested types alike; a change
 * inside a type that is itself deleted is invisible and is not listed (Yjs does not record it).
 */
export function applyAndDescribe(scratch: Y.Doc, update: Uint8Array, decoded: ReturnType<typeof Y.decodeUpdate>): UpdateEffect {
  const changedTypes = new Map<AnyType, Set<string | null>>();
  let changed = false;
  const collect = (transaction: Y.Transaction): void => {
    // New structs move the state vector; deleteSet holds only what this transaction newly deleted.
    // Both are O(update), unlike comparing whole-document snapshots.
    changed ||= transaction.deleteSet.clients.size > 0 || movedState(transaction.beforeState, transaction.afterState);
    for (const [type, keys] of transaction.changed) {
      const known = changedTypes.get(type) ?? new Set();
      for (const key of keys) known.add(key);
      changedTypes.set(type, known);
    }
  };
  scratch.on('afterTransaction', collect);
  try {
    Y.applyUpdate(scratch, update);
  } finally {
    scratch.off('afterTransaction', collect);
  }
  const rootNames = new Map<AnyType, string>([...scratch.share].map(([name, type]) => [type, name]));
  const paths: string[][] = [];
  for (const [type, keys] of changedTypes) {
    const path = pathOf(type, rootNames) ?? ['?'];
    for (const key of keys) paths.push(key === null ? path : [...path, key]);
  }
  return {
    changed,
    pending: leftPending(scratch, decoded),
    paths,
  };
}
