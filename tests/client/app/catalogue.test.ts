import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

const CLIENT = resolve(import.meta.dirname, '../../../client');

/**
 * What the client's code can ask the catalogue for: every quoted string, and the fixed start of
 * every template that ends in a dotted prefix (`card.values.${group}.${value}`), where the rest
 * is chosen at run time. The catalogues themselves are left out.
 */
function keysInCode(): { literals: Set<string>; prefixes: string[] } {
  const sources = readdirSync(CLIENT, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/^i18n[\\/](sv|en)\.ts$/.test(file))
    .map((file) => readFileSync(join(CLIENT, file), 'utf8'));
  const literals = new Set(sources.flatMap((source) => [...source.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)].map((m) => m[1] ?? m[2]!)));
  const prefixes = sources.flatMap((source) => [...source.matchAll(/`([\w.]+\.)\$\{/g)].map((m) => m[1]!));
  return { literals, prefixes };
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

  it('has no key that no code uses (plural forms count as their base key)', () => {
    const { literals, prefixes } = keysInCode();
    const unused = [...leaves(sv).keys()].filter((key) => {
      const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
      return !literals.has(base) && !prefixes.some((prefix) => base.startsWith(prefix));
    });
    expect(unused).toEqual([]);
  });
});
