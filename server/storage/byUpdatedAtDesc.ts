import type { BoardRecord } from './Storage.ts';

/** The board list's order: most recently updated first, ties by id so the order is total. */
export const byUpdatedAtDesc = (a: BoardRecord, b: BoardRecord): number =>
  a.updatedAt === b.updatedAt ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.updatedAt < b.updatedAt ? 1 : -1;
