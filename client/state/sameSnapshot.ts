/**
 * True when two plain snapshots hold the same values: own keys compared with Object.is, and
 * arrays (responsible, reportMonths) element by element. Lets the store keep the previous
 * object when a change touched a card without changing what it reads as (e.g. a report text).
 */
export function sameSnapshot(a: object, b: object): boolean {
  if (a === b) return true;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra);
  if (keys.length !== Object.keys(rb).length) return false;
  return keys.every((key) => Object.hasOwn(rb, key) && sameValue(ra[key], rb[key]));
}

function sameValue(x: unknown, y: unknown): boolean {
  if (Object.is(x, y)) return true;
  if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
  return x.every((item, i) => Object.is(item, y[i]));
}

/** True when two arrays hold the same items in the same order (by identity). */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}
