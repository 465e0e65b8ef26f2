import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD_COST, hashPassword, verifyPassword } from '../../../server/access/password.ts';
import { hashToken, newToken } from '../../../server/access/tokens.ts';

describe('password hashing (AUTH1)', () => {
  it('[AUTH1] scrypt at cost 2^15 with a per-user salt: the same password hashes differently, and verifies', async () => {
    const first = await hashPassword('korrekt häst batteri');
    const second = await hashPassword('korrekt häst batteri');
    expect(first).toMatch(new RegExp(`^scrypt\\$${DEFAULT_PASSWORD_COST}\\$[A-Za-z0-9_-]{22}\\$[A-Za-z0-9_-]{43}$`));
    expect(first).not.toBe(second);
    expect(first).not.toContain('häst');
    expect(await verifyPassword('korrekt häst batteri', first)).toBe(true);
    expect(await verifyPassword('korrekt häst batteri', second)).toBe(true);
    expect(await verifyPassword('korrekt hast batteri', first)).toBe(false);
  });

  it('[AUTH1] a hash carries its cost, so older cheaper hashes still verify; a malformed hash never does', async () => {
    expect(await verifyPassword('lösenord', await hashPassword('lösenord', 10))).toBe(true);
    for (const bad of ['', 'scrypt$15$$', 'bcrypt$10$abc$def', 'scrypt$99$abc$def', 'scrypt$x$abc$def']) expect(await verifyPassword('lösenord', bad)).toBe(false);
  });

  it('[AUTH3] tokens are 256 random bits; what is stored of one is its SHA-256', () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hashToken(token));
  });
});
