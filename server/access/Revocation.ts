/**
 * Something that ends connections opened under it: a session logged out or expired, an account
 * removed or its password changed, a membership changed, a link revoked (AUTH11, AUTH13, AUTH14, AUTH16).
 */
export type Revocation =
  | { kind: 'session'; sessionHash: string; cause: 'logout' | 'expired' }
  | { kind: 'user'; userId: string; cause: 'removed' | 'password' }
  /** `stillReads`: the account reads the board afterwards (a role changed, or an admin's membership went, ROLE1), so what its share links reach stays (MTS12). */
  | { kind: 'membership'; boardId: string; userId: string; removed: boolean; stillReads: boolean }
  | { kind: 'share'; shareId: string };
