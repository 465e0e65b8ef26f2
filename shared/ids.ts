/** A new random id for a card, column or board: 16 url-safe characters, unguessable enough for share links too. */
export function newId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_');
}

/** Ids a document or room may be named by: what newId makes, plus readable seed ids such as `hsf-atgarder`. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * LIM5: the property names every plain object has (Object.prototype's, spelled out so that every
 * peer and runtime agrees). An id spelled so would read as, or replace, that property wherever ids
 * key a plain object (`toJSON()`, totals per column): `__proto__` would change the object's prototype.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

/** A board, column, card or milestone id: the pattern, and not reserved (LIM5). */
export const isValidId = (id: string): boolean => ID_PATTERN.test(id) && !RESERVED_IDS.has(id);
