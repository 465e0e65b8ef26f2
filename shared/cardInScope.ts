/** The fields of a card that say whose it is (ROLE4). Unknown-typed: the server reads them from a client's update. */
export interface ScopedCard {
  unit?: unknown;
  directedTo?: unknown;
  responsible?: unknown;
}

const normalize = (text: string): string => text.trim().toLocaleLowerCase('sv');

/**
 * The bodies an assignment's "Riktat till" names. It is free text and often lists several
 * ("hälso- och sjukvårdsnämnden, regionstyrelsen och regionala utvecklingsnämnden"), so it is
 * split at commas, semicolons, slashes and a joining "och"/"and" — not the "och" of a compound
 * cut short by a hyphen ("hälso- och sjukvårdsnämnden"). The whole text counts as one too.
 */
export function addressees(directedTo: string): string[] {
  const parts = directedTo.split(/\s*[,;/]\s*|(?<!-)\s+(?:och|and)\s+/i);
  return [directedTo, ...parts].map(normalize).filter((part) => part !== '');
}

/**
 * ROLE4: whether a unit chief with this scope and display name may change the card — its `unit`
 * (measures, general) or one of the bodies its `directedTo` names (assignments, which have no
 * unit) is a scope unit, or its `responsible` lists the name. Compared trimmed and
 * case-insensitively, as people type them. The server's check and the UI both use this, so they agree.
 */
export function cardInScope(card: ScopedCard, scope: readonly string[], displayName: string | undefined): boolean {
  if (cardInUnitScope(card, scope)) return true;
  const name = displayName === undefined ? '' : normalize(displayName);
  return name !== '' && Array.isArray(card.responsible) && card.responsible.some((person) => typeof person === 'string' && normalize(person) === name);
}

/**
 * The card fields that make a card someone's (ROLE4): a unit chief changes them only as LIM6 allows.
 * `unit` or, on assignments, `directedTo` is the card's *unit field*.
 */
export const SCOPE_FIELDS = ['unit', 'directedTo', 'responsible'] as const;

/** LIM6: whether the card is the scope's by its unit field alone — its `unit`, or a body its `directedTo` names — never by `responsible`. */
export function cardInUnitScope(card: ScopedCard, scope: readonly string[]): boolean {
  const units = new Set(scope.map(normalize));
  if (typeof card.unit === 'string' && units.has(normalize(card.unit))) return true;
  return typeof card.directedTo === 'string' && addressees(card.directedTo).some((body) => units.has(body));
}

/**
 * LIM6: whether a unit field's value names units of the scope only — the whole text is one, or every
 * body it lists is ("HSN, RUN" is not HSN's alone). An absent or empty value names none: false.
 */
export function namesOnlyScope(value: unknown, scope: readonly string[]): boolean {
  if (typeof value !== 'string' || normalize(value) === '') return false;
  const units = new Set(scope.map(normalize));
  const [whole, ...bodies] = addressees(value);
  return units.has(whole!) || (bodies.length > 0 && bodies.every((body) => units.has(body)));
}

/**
 * LIM6, for the server and the UI alike: whether a unit chief of `scope` may change the scope field
 * `field` of a card from `was` to `is`. The card must be theirs by its unit field alone before and
 * after (never through `responsible`, which they may just have changed), and a unit field may only
 * go between values that name their units alone, so a card never leaves their units, not even in two
 * steps, and is never handed to or shared with another unit ("HSN" → "HSN, RUN").
 */
export function scopeFieldChangeAllowed(field: (typeof SCOPE_FIELDS)[number], was: ScopedCard, is: ScopedCard, scope: readonly string[]): boolean {
  if (!cardInUnitScope(was, scope) || !cardInUnitScope(is, scope)) return false;
  return field === 'responsible' || (namesOnlyScope(was[field], scope) && namesOnlyScope(is[field], scope));
}
