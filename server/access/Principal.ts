import type { UserRecord } from '../storage/AuthStore.ts';

/**
 * Who a request or connection acts for: an account (through a session: cookie or bearer token),
 * or a board's read-only share link (AUTH8).
 */
export type Principal =
  | {
      kind: 'user';
      user: UserRecord;
      sessionHash: string;
      /** True when the authentication that made this principal moved the session's expiry on (AUTH4), so a browser's cookie is set anew (AUTH3). */
      renewed: boolean;
    }
  /** `createdBy`: the id of the account that made the link, whose own access bounds where it reaches (MTS9). */
  | { kind: 'share'; shareId: string; boardId: string; createdBy: string };

/** A principal acting for an account. */
export type UserPrincipal = Extract<Principal, { kind: 'user' }>;

/** The account id of a principal, null for a share link. */
export const principalUserId = (principal: Principal): string | null => (principal.kind === 'user' ? principal.user.id : null);

/** The name history and logs show for a principal. */
export const principalName = (principal: Principal): string => (principal.kind === 'user' ? principal.user.displayName : 'share link');
