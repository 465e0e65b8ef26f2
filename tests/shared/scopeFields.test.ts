import { describe, expect, it } from 'vitest';
import { cardInUnitScope, namesOnlyScope } from '../../shared/cardInScope.ts';

describe('scope by the unit field alone (LIM6)', () => {
  it('[LIM6] a card is the scope’s by its unit or a body its directedTo names, never by responsible', () => {
    expect(cardInUnitScope({ unit: ' kirurgi' }, ['Kirurgi'])).toBe(true);
    expect(cardInUnitScope({ directedTo: 'HSN och RS' }, ['RS'])).toBe(true);
    expect(cardInUnitScope({ unit: 'Ortopedi', responsible: ['Kim Kirurg'] }, ['Kirurgi'])).toBe(false);
    expect(cardInUnitScope({}, ['Kirurgi'])).toBe(false);
  });

  it.each([
    ['HSN', ['HSN'], true],
    [' hsn ', ['HSN'], true],
    ['HSN, RUN', ['HSN'], false],
    ['HSN, RUN', ['HSN', 'RUN'], true],
    ['HSN och RS', ['HSN och RS'], true],
    ['hälso- och sjukvårdsnämnden', ['Hälso- och sjukvårdsnämnden'], true],
    ['hälso- och sjukvårdsnämnden', ['sjukvårdsnämnden'], false],
    ['', ['HSN'], false],
    [undefined, ['HSN'], false],
  ] as const)('[LIM6] "%s" names only units of %j: %s', (value, scope, expected) => {
    expect(namesOnlyScope(value, scope)).toBe(expected);
  });
});
