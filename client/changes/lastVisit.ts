import { readStored, writeStored } from '../state/storedJson.ts';

// When this user last left a board in this browser (localStorage): "since my last visit" counts
// from it. The value read when the board opens is the one that counts for as long as it is open.
const key = (userKey: string, boardId: string): string => `tavla.lastVisit.${userKey}.${boardId}`;

const isTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** The ISO time this user last left the board here, or null (never, or storage blocked). */
export const lastVisit = (userKey: string, boardId: string): string | null => readStored(key(userKey, boardId), isTime);

/** Remembers that this user leaves (or has seen) the board now. */
export const rememberVisit = (userKey: string, boardId: string, at: Date = new Date()): void => writeStored(key(userKey, boardId), at.toISOString());
