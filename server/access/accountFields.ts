import { z } from 'zod';

/** Usernames are compared in lower case; letters, digits and `.`, `_`, `-` (AUTH5). */
export const usernameField = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{2,64}$/, 'use 2–64 letters a–z, digits, ".", "_" or "-"');

/** At least 8 characters; the upper bound only keeps one hash from costing too much. */
export const passwordField = z.string().min(8, 'at least 8 characters').max(200);

export const displayNameField = z.string().trim().min(1).max(100);
