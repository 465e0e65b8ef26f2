import { UserExistsError, type AuthStore, type DeleteUserResult, type MembershipRecord, type SessionRecord, type ShareRecord, type StoredUser, type UserRecord } from './AuthStore.ts';

const publicUser = ({ passwordHash: _hash, ...user }: StoredUser): UserRecord => ({ ...user });
const membershipKey = (boardId: string, userId: string): string => `${boardId}\u0000${userId}`;
const copyMembership = (m: MembershipRecord): MembershipRecord => ({ ...m, scope: [...m.scope] });

/** AuthStore in process memory, for tests and throwaway servers; hands out copies only. */
export class MemoryAuthStore implements AuthStore {
  private readonly users = new Map<string, StoredUser>();
  private readonly sessions = new Map<string, SessionRecord>();
  private readonly memberships = new Map<string, MembershipRecord>();
  private readonly shares: ShareRecord[] = [];

  async createUser(user: StoredUser): Promise<void> {
    if ([...this.users.values()].some((u) => u.username === user.username)) throw new UserExistsError(user.username);
    this.users.set(user.id, { ...user });
  }

  async getUser(id: string): Promise<StoredUser | undefined> {
    const user = this.users.get(id);
    return user && { ...user };
  }

  async getUserByUsername(username: string): Promise<StoredUser | undefined> {
    const user = [...this.users.values()].find((u) => u.username === username);
    return user && { ...user };
  }

  async listUsers(): Promise<UserRecord[]> {
    return [...this.users.values()].map(publicUser).sort((a, b) => (a.username < b.username ? -1 : 1));
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<boolean> {
    const user = this.users.get(userId);
    if (!user) return false;
    user.passwordHash = passwordHash;
    this.deleteSessionsOf(userId);
    return true;
  }

  async setCreatorRole(userId: string, siteRole: 'creator' | 'user'): Promise<boolean> {
    const user = this.users.get(userId);
    if (!user || user.siteRole === 'admin') return false;
    user.siteRole = siteRole;
    return true;
  }

  async deleteUser(userId: string): Promise<DeleteUserResult> {
    const user = this.users.get(userId);
    if (!user) return 'unknown';
    if (user.siteRole === 'admin' && [...this.users.values()].filter((u) => u.siteRole === 'admin').length <= 1) return 'last_admin';
    this.users.delete(userId);
    this.deleteSessionsOf(userId);
    for (const [key, membership] of this.memberships) if (membership.userId === userId) this.memberships.delete(key);
    return 'deleted';
  }

  private deleteSessionsOf(userId: string): void {
    for (const [hash, session] of this.sessions) if (session.userId === userId) this.sessions.delete(hash);
  }

  async createSession(session: SessionRecord): Promise<void> {
    this.sessions.set(session.tokenHash, { ...session });
  }

  async getSession(tokenHash: string): Promise<SessionRecord | undefined> {
    const session = this.sessions.get(tokenHash);
    return session && { ...session };
  }

  async setSessionExpiry(tokenHash: string, expiresAt: string): Promise<void> {
    const session = this.sessions.get(tokenHash);
    if (session) session.expiresAt = expiresAt;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.sessions.delete(tokenHash);
  }

  async deleteExpiredSessions(now: string): Promise<number> {
    let count = 0;
    for (const [hash, session] of this.sessions) {
      if (session.expiresAt < now) {
        this.sessions.delete(hash);
        count++;
      }
    }
    return count;
  }

  async putMembership(membership: MembershipRecord): Promise<void> {
    this.memberships.set(membershipKey(membership.boardId, membership.userId), copyMembership(membership));
  }

  async getMembership(boardId: string, userId: string): Promise<MembershipRecord | undefined> {
    const membership = this.memberships.get(membershipKey(boardId, userId));
    return membership && copyMembership(membership);
  }

  async listMembers(boardId: string): Promise<MembershipRecord[]> {
    return [...this.memberships.values()].filter((m) => m.boardId === boardId).map(copyMembership);
  }

  async listMemberships(userId: string): Promise<MembershipRecord[]> {
    return [...this.memberships.values()].filter((m) => m.userId === userId).map(copyMembership);
  }

  async deleteMembership(boardId: string, userId: string): Promise<boolean> {
    return this.memberships.delete(membershipKey(boardId, userId));
  }

  async createShare(share: ShareRecord): Promise<void> {
    this.shares.push({ ...share });
  }

  async getShareByTokenHash(tokenHash: string): Promise<ShareRecord | undefined> {
    const share = this.shares.find((s) => s.tokenHash === tokenHash);
    return share && { ...share };
  }

  async listShares(boardId: string): Promise<ShareRecord[]> {
    return this.shares.filter((s) => s.boardId === boardId).map((s) => ({ ...s }));
  }

  async revokeShare(boardId: string, shareId: string, at: string): Promise<boolean> {
    const share = this.shares.find((s) => s.id === shareId && s.boardId === boardId && s.revokedAt === undefined);
    if (share) share.revokedAt = at;
    return share !== undefined;
  }

  async close(): Promise<void> {}
}
