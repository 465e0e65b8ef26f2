import type Database from 'better-sqlite3';
import { UserExistsError, type AuthStore, type DeleteUserResult, type MembershipRecord, type SessionRecord, type ShareRecord, type StoredUser, type UserRecord } from './AuthStore.ts';
import { openModuleDatabase } from './openModuleDatabase.ts';
import type { BoardRole, SiteRole } from './roleNames.ts';

const MIGRATIONS = [
  `
  CREATE TABLE auth_users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    site_role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE auth_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES auth_users (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  -- No foreign key to boards: those belong to SqliteStorage, which may delete a board (seed --reset).
  CREATE TABLE auth_memberships (
    board_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES auth_users (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    scope TEXT NOT NULL,
    PRIMARY KEY (board_id, user_id)
  );
  CREATE INDEX auth_memberships_by_user ON auth_memberships (user_id);
  CREATE TABLE auth_shares (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE INDEX auth_shares_by_board ON auth_shares (board_id, created_at);
  `,
];

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  site_role: string;
  password_hash: string;
  created_at: string;
}
interface SessionRow {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}
interface MembershipRow {
  board_id: string;
  user_id: string;
  role: string;
  scope: string;
}
interface ShareRow {
  id: string;
  board_id: string;
  token_hash: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
}

const toUser = (row: UserRow): StoredUser => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  siteRole: row.site_role as SiteRole,
  passwordHash: row.password_hash,
  createdAt: row.created_at,
});
const toSession = (row: SessionRow): SessionRecord => ({ tokenHash: row.token_hash, userId: row.user_id, createdAt: row.created_at, expiresAt: row.expires_at });
const toMembership = (row: MembershipRow): MembershipRecord => ({ boardId: row.board_id, userId: row.user_id, role: row.role as BoardRole, scope: JSON.parse(row.scope) as string[] });
const toShare = (row: ShareRow): ShareRecord => ({
  id: row.id,
  boardId: row.board_id,
  tokenHash: row.token_hash,
  createdBy: row.created_by,
  createdAt: row.created_at,
  ...(row.revoked_at !== null && { revokedAt: row.revoked_at }),
});

/** AuthStore in the boards' SQLite file, in tables of its own (openModuleDatabase). */
export class SqliteAuthStore implements AuthStore {
  private readonly db: Database.Database;
  private readonly sql;

  constructor(file: string) {
    this.db = openModuleDatabase(file, 'auth', MIGRATIONS);
    this.db.pragma('foreign_keys = ON');
    const db = this.db;
    this.sql = {
      insertUser: db.prepare('INSERT INTO auth_users (id, username, display_name, site_role, password_hash, created_at) VALUES (@id, @username, @displayName, @siteRole, @passwordHash, @createdAt)'),
      user: db.prepare<[string], UserRow>('SELECT * FROM auth_users WHERE id = ?'),
      userByName: db.prepare<[string], UserRow>('SELECT * FROM auth_users WHERE username = ?'),
      users: db.prepare<[], UserRow>('SELECT * FROM auth_users ORDER BY username'),
      setHash: db.prepare<[string, string]>('UPDATE auth_users SET password_hash = ? WHERE id = ?'),
      setCreatorRole: db.prepare<[string, string]>("UPDATE auth_users SET site_role = ? WHERE id = ? AND site_role <> 'admin'"),
      adminCount: db.prepare<[], { count: number }>("SELECT count(*) AS count FROM auth_users WHERE site_role = 'admin'"),
      // Sessions and memberships go with it (ON DELETE CASCADE).
      deleteUser: db.prepare<[string]>('DELETE FROM auth_users WHERE id = ?'),
      insertSession: db.prepare('INSERT INTO auth_sessions (token_hash, user_id, created_at, expires_at) VALUES (@tokenHash, @userId, @createdAt, @expiresAt)'),
      session: db.prepare<[string], SessionRow>('SELECT * FROM auth_sessions WHERE token_hash = ?'),
      setExpiry: db.prepare<[string, string]>('UPDATE auth_sessions SET expires_at = ? WHERE token_hash = ?'),
      deleteSession: db.prepare<[string]>('DELETE FROM auth_sessions WHERE token_hash = ?'),
      deleteUserSessions: db.prepare<[string]>('DELETE FROM auth_sessions WHERE user_id = ?'),
      deleteExpired: db.prepare<[string]>('DELETE FROM auth_sessions WHERE expires_at < ?'),
      putMembership: db.prepare(
        'INSERT INTO auth_memberships (board_id, user_id, role, scope) VALUES (@boardId, @userId, @role, @scope) ON CONFLICT (board_id, user_id) DO UPDATE SET role = excluded.role, scope = excluded.scope',
      ),
      membership: db.prepare<[string, string], MembershipRow>('SELECT * FROM auth_memberships WHERE board_id = ? AND user_id = ?'),
      members: db.prepare<[string], MembershipRow>('SELECT * FROM auth_memberships WHERE board_id = ?'),
      memberships: db.prepare<[string], MembershipRow>('SELECT * FROM auth_memberships WHERE user_id = ?'),
      deleteMembership: db.prepare<[string, string]>('DELETE FROM auth_memberships WHERE board_id = ? AND user_id = ?'),
      insertShare: db.prepare('INSERT INTO auth_shares (id, board_id, token_hash, created_by, created_at, revoked_at) VALUES (@id, @boardId, @tokenHash, @createdBy, @createdAt, NULL)'),
      shareByHash: db.prepare<[string], ShareRow>('SELECT * FROM auth_shares WHERE token_hash = ?'),
      shares: db.prepare<[string], ShareRow>('SELECT * FROM auth_shares WHERE board_id = ? ORDER BY created_at, id'),
      revokeShare: db.prepare<[string, string, string]>('UPDATE auth_shares SET revoked_at = ? WHERE board_id = ? AND id = ? AND revoked_at IS NULL'),
    };
  }

  async createUser(user: StoredUser): Promise<void> {
    this.db.transaction(() => {
      if (this.sql.userByName.get(user.username)) throw new UserExistsError(user.username);
      this.sql.insertUser.run(user);
    })();
  }

  async getUser(id: string): Promise<StoredUser | undefined> {
    const row = this.sql.user.get(id);
    return row && toUser(row);
  }

  async getUserByUsername(username: string): Promise<StoredUser | undefined> {
    const row = this.sql.userByName.get(username);
    return row && toUser(row);
  }

  async listUsers(): Promise<UserRecord[]> {
    return this.sql.users.all().map((row) => {
      const { passwordHash: _hash, ...user } = toUser(row);
      return user;
    });
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<boolean> {
    return this.db.transaction((): boolean => {
      if (this.sql.setHash.run(passwordHash, userId).changes === 0) return false;
      this.sql.deleteUserSessions.run(userId);
      return true;
    }).immediate();
  }

  async setCreatorRole(userId: string, siteRole: 'creator' | 'user'): Promise<boolean> {
    return this.sql.setCreatorRole.run(siteRole, userId).changes > 0;
  }

  async deleteUser(userId: string): Promise<DeleteUserResult> {
    return this.db.transaction((): DeleteUserResult => {
      const row = this.sql.user.get(userId);
      if (!row) return 'unknown';
      if (row.site_role === 'admin' && this.sql.adminCount.get()!.count <= 1) return 'last_admin';
      this.sql.deleteUser.run(userId);
      return 'deleted';
    }).immediate();
  }

  async createSession(session: SessionRecord): Promise<void> {
    this.sql.insertSession.run(session);
  }

  async getSession(tokenHash: string): Promise<SessionRecord | undefined> {
    const row = this.sql.session.get(tokenHash);
    return row && toSession(row);
  }

  async setSessionExpiry(tokenHash: string, expiresAt: string): Promise<void> {
    this.sql.setExpiry.run(expiresAt, tokenHash);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.sql.deleteSession.run(tokenHash);
  }

  async deleteExpiredSessions(now: string): Promise<number> {
    return this.sql.deleteExpired.run(now).changes;
  }

  async putMembership(membership: MembershipRecord): Promise<void> {
    this.sql.putMembership.run({ ...membership, scope: JSON.stringify(membership.scope) });
  }

  async getMembership(boardId: string, userId: string): Promise<MembershipRecord | undefined> {
    const row = this.sql.membership.get(boardId, userId);
    return row && toMembership(row);
  }

  async listMembers(boardId: string): Promise<MembershipRecord[]> {
    return this.sql.members.all(boardId).map(toMembership);
  }

  async listMemberships(userId: string): Promise<MembershipRecord[]> {
    return this.sql.memberships.all(userId).map(toMembership);
  }

  async deleteMembership(boardId: string, userId: string): Promise<boolean> {
    return this.sql.deleteMembership.run(boardId, userId).changes > 0;
  }

  async createShare(share: ShareRecord): Promise<void> {
    this.sql.insertShare.run(share);
  }

  async getShareByTokenHash(tokenHash: string): Promise<ShareRecord | undefined> {
    const row = this.sql.shareByHash.get(tokenHash);
    return row && toShare(row);
  }

  async listShares(boardId: string): Promise<ShareRecord[]> {
    return this.sql.shares.all(boardId).map(toShare);
  }

  async revokeShare(boardId: string, shareId: string, at: string): Promise<boolean> {
    return this.sql.revokeShare.run(at, boardId, shareId).changes > 0;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
