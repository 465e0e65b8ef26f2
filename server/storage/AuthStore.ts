import type { BoardRole, SiteRole } from './roleNames.ts';

/** An account as the API shows it: never its password hash (AUTH2). */
export interface UserRecord {
  id: string;
  /** Lower case, unique: what people log in with. */
  username: string;
  displayName: string;
  siteRole: SiteRole;
  createdAt: string;
}

/** An account as stored. Only the store and the password check see `passwordHash`. */
export interface StoredUser extends UserRecord {
  passwordHash: string;
}

/** What deleteUser did. */
export type DeleteUserResult = 'deleted' | 'unknown' | 'last_admin';

/** A login. Only the SHA-256 of its token is stored (AUTH3). */
export interface SessionRecord {
  tokenHash: string;
  userId: string;
  createdAt: string;
  /** ISO time; sliding, moved forward while the session is used. */
  expiresAt: string;
}

/** A user's role on one board; `scope` lists the units of a unit chief, [] otherwise. */
export interface MembershipRecord {
  boardId: string;
  userId: string;
  role: BoardRole;
  scope: string[];
}

/** A read-only link to one board (a projector). Only the SHA-256 of its token is stored. */
export interface ShareRecord {
  id: string;
  boardId: string;
  tokenHash: string;
  createdBy: string;
  createdAt: string;
  /** Set when a facilitator revoked it; a revoked link never authenticates again. */
  revokedAt?: string;
}

/**
 * Where accounts, sessions, board memberships and share links live (AUTH1-AUTH12, ROLE1-ROLE9 in
 * server/SPEC.md). Every implementation passes tests/server/storage/authStoreContract.ts.
 * Asynchronous throughout, like Storage, so that PostgreSQL can implement it later.
 */
export interface AuthStore {
  /** Rejects with UserExistsError when the username is taken. */
  createUser(user: StoredUser): Promise<void>;
  getUser(id: string): Promise<StoredUser | undefined>;
  /** Looks up a lower-case username. */
  getUserByUsername(username: string): Promise<StoredUser | undefined>;
  /** Every account, by username, without password hashes. */
  listUsers(): Promise<UserRecord[]>;
  /**
   * Sets a new hash and deletes every session of the account, in one step, so that a leaked
   * session does not outlive the password change (AUTH16). False for an unknown user.
   */
  setPasswordHash(userId: string, passwordHash: string): Promise<boolean>;
  /**
   * Makes an account a creator or a plain user (SEC2), in one step that never touches an admin, so
   * that no admin is ever demoted here. False for an unknown user or an admin.
   */
  setCreatorRole(userId: string, siteRole: 'creator' | 'user'): Promise<boolean>;
  /**
   * Removes an account with its sessions and memberships, in one step (AUTH14). Refuses the only
   * remaining admin inside that step, so two admins removing each other cannot leave none.
   */
  deleteUser(userId: string): Promise<DeleteUserResult>;

  createSession(session: SessionRecord): Promise<void>;
  getSession(tokenHash: string): Promise<SessionRecord | undefined>;
  setSessionExpiry(tokenHash: string, expiresAt: string): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Drops sessions that expired before `now`; returns how many. */
  deleteExpiredSessions(now: string): Promise<number>;

  /** Adds or replaces the user's membership of the board. */
  putMembership(membership: MembershipRecord): Promise<void>;
  getMembership(boardId: string, userId: string): Promise<MembershipRecord | undefined>;
  /** The board's members, in no particular order. */
  listMembers(boardId: string): Promise<MembershipRecord[]>;
  /** The boards a user is a member of. */
  listMemberships(userId: string): Promise<MembershipRecord[]>;
  /** False when there was no such membership. */
  deleteMembership(boardId: string, userId: string): Promise<boolean>;

  createShare(share: ShareRecord): Promise<void>;
  getShareByTokenHash(tokenHash: string): Promise<ShareRecord | undefined>;
  /** The board's share links, revoked ones included, oldest first. */
  listShares(boardId: string): Promise<ShareRecord[]>;
  /** Marks a link of this board revoked; false when there is no such live link. */
  revokeShare(boardId: string, shareId: string, at: string): Promise<boolean>;

  close(): Promise<void>;
}

/** Thrown by createUser when the username is taken. */
export class UserExistsError extends Error {
  constructor(readonly username: string) {
    super(`user "${username}" already exists`);
    this.name = 'UserExistsError';
  }
}
