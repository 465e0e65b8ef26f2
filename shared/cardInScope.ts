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
  const units = new Set(scope.map(normalize));
  if (typeof card.unit === 'string' && units.has(normalize(card.unit))) return true;
  if (typeof card.directedTo === 'string' && addressees(card.directedTo).some((body) => units.has(body))) return true;
  const name = displayName === undefined ? '' : normalize(displayName);
  return name !== '' && Array.isArray(card.responsible) && card.responsible.some((person) => typeof person === 'string' && normalize(person) === name);
}
