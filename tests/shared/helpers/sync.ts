import * as Y from 'yjs';
import { docFrom } from './boards.ts';

/**
 * Runs `edits[i]` on peer i+1 (each starting from `base`, none seeing the others) and
 * returns the peers and the update each produced.
 */
export function editConcurrently(base: Uint8Array, edits: readonly ((doc: Y.Doc) => void)[]): { docs: Y.Doc[]; updates: Uint8Array[] } {
  const docs = edits.map((_, i) => docFrom(base, i + 1));
  const updates = docs.map((doc, i) => {
    const before = Y.encodeStateVector(doc);
    edits[i]!(doc);
    return Y.encodeStateAsUpdate(doc, before);
  });
  return { docs, updates };
}

/** Every order of 0..n-1 (n ≤ 4 keeps this small). */
export function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]));
}

/** Fresh peers from `base`, each applying `updates` in one of `orders`. */
export function mergeInOrders(base: Uint8Array, updates: readonly Uint8Array[], orders: readonly number[][]): Y.Doc[] {
  return orders.map((order, i) => {
    const doc = docFrom(base, 500 + i);
    for (const index of order) Y.applyUpdate(doc, updates[index]!);
    return doc;
  });
}

/** Brings every pair of docs up to date with each other (sync step 1 + 2 both ways). */
export function syncAll(docs: readonly Y.Doc[]): void {
  for (const a of docs) {
    for (const b of docs) {
      if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    }
  }
}

/**
 * Runs concurrent edits, then delivers the updates in every order to fresh peers and to the
 * editing peers themselves: every result must be the same board (see expectConverged).
 */
export function mergeConcurrent(base: Uint8Array, edits: readonly ((doc: Y.Doc) => void)[]): Y.Doc[] {
  const { docs, updates } = editConcurrently(base, edits);
  const merged = mergeInOrders(base, updates, permutations(updates.length));
  docs.forEach((doc, i) => updates.forEach((update, j) => i !== j && Y.applyUpdate(doc, update)));
  return [...docs, ...merged];
}
