import { z } from 'zod';
import { MAX_LINE_LENGTH, MAX_NAME_LENGTH, MAX_NAMES } from './limits.ts';

/** Calendar date as ISO `YYYY-MM-DD`, checked to be a real day. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a real date');

/** A reporting month as `YYYY-MM`. */
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');

/** One line of text (LIM1). */
export const shortText = z.string().max(MAX_LINE_LENGTH);
/** A `responsible` list (LIM1). */
export const names = z.array(z.string().trim().min(1).max(MAX_NAME_LENGTH)).max(MAX_NAMES);
export const rag = z.enum(['green', 'yellow', 'red']);
/** Thousand SEK per year. Savings are positive; a cost increase may be negative. */
export const kSek = z.number().finite().min(-10_000_000).max(10_000_000);
