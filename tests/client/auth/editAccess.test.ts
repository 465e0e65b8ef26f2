import { describe, expect, it } from 'vitest';
import { editAccessFor } from '../../../client/auth/editAccess.ts';
import { addressees } from '../../../shared/cardInScope.ts';
import type { Card } from '../../../shared/schema/card.ts';

/** An assignment card as the board reads it: no `unit`, only whom it is directed to. */
const assignment = (directedTo: string | undefined, responsible?: string[]): Card => ({
  id: 'a',
  column: 'c1',
  order: 'a0',
  archived: false,
  title: 'Minska personalkostnaden',
  ...(directedTo !== undefined && { directedTo }),
  ...(responsible && { responsible }),
});

describe('what the UI offers a role (ROLE4, ROLE5, UPD3)', () => {
  it('[ROLE4] a unit chief scoped to RUN may edit the assignment directed to RUN, not one directed elsewhere', () => {
    const access = editAccessFor({ role: 'unitChief', scope: ['RUN'] }, 'Rut Runesson');
    expect(access.readOnly).toBe(true);
    expect(access.canEditCard(assignment('RUN'))).toBe(true);
    expect(access.canEditCard(assignment(' run '))).toBe(true);
    expect(access.canEditCard(assignment('HSN'))).toBe(false);
    expect(access.canEditCard(assignment('RUNAB'))).toBe(false);
    expect(access.canEditCard(assignment(undefined))).toBe(false);
    expect(access.canEditCard(assignment('HSN', ['rut runesson']))).toBe(true);
  });

  it('[ROLE4] an assignment directed to several bodies is theirs when one of them is in the scope', () => {
    const access = editAccessFor({ role: 'unitChief', scope: ['Regionstyrelsen'] }, undefined);
    expect(access.canEditCard(assignment('hälso- och sjukvårdsnämnden, regionstyrelsen och regionala utvecklingsnämnden'))).toBe(true);
    expect(access.canEditCard(assignment('HSN/RS och regionstyrelsen'))).toBe(true);
    expect(access.canEditCard(assignment('regionstyrelsens förvaltning'))).toBe(false);
    // The "och" of "hälso- och sjukvårdsnämnden" joins a compound, not two bodies.
    expect(addressees('hälso- och sjukvårdsnämnden och RS')).toEqual(['hälso- och sjukvårdsnämnden och rs', 'hälso- och sjukvårdsnämnden', 'rs']);
  });

  it('[UPD3] an unknown role offers nothing to change until it is known; a viewer never, an editor everything', () => {
    for (const access of [editAccessFor(null, 'Bo'), editAccessFor({ role: 'viewer', scope: [] }, 'Bo')]) {
      expect(access.readOnly).toBe(true);
      expect(access.canEditCard(assignment('RUN', ['Bo']))).toBe(false);
    }
    const editor = editAccessFor({ role: 'editor', scope: [] }, 'Bo');
    expect([editor.readOnly, editor.canEditCard(assignment('HSN'))]).toEqual([false, true]);
  });
});
