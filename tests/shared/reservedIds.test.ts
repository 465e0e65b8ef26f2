import { describe, expect, it } from 'vitest';
import { isValidId, RESERVED_IDS } from '../../shared/ids.ts';

describe('reserved ids (LIM5)', () => {
  it('[LIM5] every property name of a plain object is reserved, so no id can shadow one', () => {
    const names = Object.getOwnPropertyNames(Object.prototype).filter((name) => /^[A-Za-z0-9_-]+$/.test(name));
    expect([...RESERVED_IDS].sort()).toEqual(names.sort());
    for (const name of names) expect(isValidId(name)).toBe(false);
  });

  it('[LIM5] ids that merely contain a reserved name stay valid', () => {
    expect(['proto', '__proto', 'constructors', 'toString2', 'hsf-atgarder'].every(isValidId)).toBe(true);
  });
});
