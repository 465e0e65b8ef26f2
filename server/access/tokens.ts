import { createHash, randomBytes } from 'node:crypto';

/** A new secret: 32 random bytes, base64url (sessions, bearer tokens, share links). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/**
 * What the store keeps of a token (AUTH3): its SHA-256, so a copy of the database does not hand
 * out live sessions. A plain hash suffices: the token is 256 random bits, not a guessable password.
 */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
