/** A new random id for a card, column or board: 16 url-safe characters, unguessable enough for share links too. */
export function newId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_');
}

/** Ids a document or room may be named by: what newId makes, plus readable seed ids such as `hsf-atgarder`. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const isValidId = (id: string): boolean => ID_PATTERN.test(id);
