import { describe, expect, it } from 'vitest';
import { en } from '../../../client/i18n/en.ts';
import { sv } from '../../../client/i18n/sv.ts';

/** Every leaf key of a nested catalogue as a dotted path, with its value. */
function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (value && typeof value === 'object') leaves(value, path).forEach((v, k) => out.set(k, v));
      else out.set(path, value);
    }
  }
  return out;
}

describe('the string catalogue', () => {
  it('has the same keys in Swedish and English', () => {
    expect([...leaves(en).keys()].sort()).toEqual([...leaves(sv).keys()].sort());
  });

  it('has a non-empty string for every key', () => {
    for (const catalogue of [sv, en]) {
      for (const [key, value] of leaves(catalogue)) {
        expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
      }
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (s: unknown) => [...String(s).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const english = leaves(en);
    for (const [key, value] of leaves(sv)) expect(vars(english.get(key)), key).toEqual(vars(value));
  });
});
