import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { SchemaError } from './schema/errors.ts';

/** Anything placed by a fractional order key: columns and cards. */
export interface Ordered {
  readonly id: string;
  readonly order: string;
}

/**
 * The one sort of the model (ORD1): by order key, then by id, both compared by code unit so
 * every peer sorts alike whatever its locale. Equal keys arise from concurrent inserts at one place.
 */
export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/** True when `key` is a key fractional-indexing can generate around (ORD2). */
export function isValidOrderKey(key: unknown): key is string {
  if (typeof key !== 'string' || key.length === 0) return false;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/**
 * A neighbour's key as a bound for a new key. A missing key (read as '', ORD5) sorts before
 * every real key, so it bounds like the start of the list.
 */
const bound = (item: Ordered | undefined): string | null => (item && item.order !== '' ? item.order : null);

/** Where an item goes: its new key, and the new keys of neighbours that had to be re-keyed (ORD3). */
export interface Placement {
  key: string;
  rekeyed: Map<string, string>;
}

/**
 * The key that puts a new or moved item before `beforeId` (or last when undefined) among
 * `siblings`, which must be sorted by compareOrdered and must not hold the item itself.
 *
 * When the two neighbours share one key (a tied run left by concurrent inserts, or a run of
 * missing keys) no key fits between them, so the whole run is re-keyed around the new item (ORD3).
 */
export function placeBefore(siblings: readonly Ordered[], beforeId: string | undefined): Placement {
  const at = beforeId === undefined ? siblings.length : siblings.findIndex((s) => s.id === beforeId);
  if (at < 0) throw new Error(`placeBefore: ${beforeId} is not a sibling`);
  const prev = siblings[at - 1];
  const next = siblings[at];
  try {
    if (!prev || !next || prev.order !== next.order) {
      return { key: generateKeyBetween(bound(prev), bound(next)), rekeyed: new Map() };
    }
    let start = at - 1;
    while (start > 0 && siblings[start - 1]!.order === prev.order) start--;
    let end = at;
    while (end + 1 < siblings.length && siblings[end + 1]!.order === prev.order) end++;
    const run = siblings.slice(start, end + 1);
    const keys = generateNKeysBetween(bound(siblings[start - 1]), bound(siblings[end + 1]), run.length + 1);
    const insertAt = at - start;
    const rekeyed = new Map<string, string>();
    run.forEach((s, i) => rekeyed.set(s.id, keys[i < insertAt ? i : i + 1]!));
    return { key: keys[insertAt]!, rekeyed };
  } catch (error) {
    throw new SchemaError('invalid_value', 'order', `cannot place between order keys: ${(error as Error).message}`);
  }
}

/** `n` ascending keys after the last of `siblings` (sorted by compareOrdered). */
export function keysAfter(siblings: readonly Ordered[], n: number): string[] {
  try {
    return generateNKeysBetween(bound(siblings.at(-1)), null, n);
  } catch (error) {
    throw new SchemaError('invalid_value', 'order', `cannot append after order key: ${(error as Error).message}`);
  }
}
