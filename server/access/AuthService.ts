import { randomUUID } from 'node:crypto';
import { UserExistsError, type AuthStore, type MembershipRecord, type ShareRecord, type UserRecord } from '../storage/AuthStore.ts';
import { AuthError } from './AuthError.ts';
import { hashPassword, verifyPassword, DEFAULT_PASSWORD_COST } from './password.ts';
import type { Principal } from './Principal.ts';
import type { BoardRole, SiteRole } from '../storage/roleNames.ts';
import type { BoardAccess } from './roles.ts';
import { hashToken, newToken } from './tokens.ts';
import { checkPasswordStrength, WeakPasswordError } from './passwordStrength.ts';
import type { Revocation } from './Revocation.ts';

/** SEC7's check, refusing as AuthService refuses. */
function checkStrength(password: string, account: { username: string; displayName: string }): void {
  try {
    checkPasswordStrength(password, account);
  } catch (error) {
    if (error instanceof WeakPasswordError) throw new AuthError('weak_password', error.message, error.reason);
    throw error;
  }
}

const unknownUser = (username: string) => new AuthError('unknown_user', `no user "${username.slice(0, 80)}"`);

/** The display name of the `admin` account a first start creates (AUTH7). */
export const ADMIN_DISPLAY_NAME = 'Administratör';

export interface AuthServiceOptions {
  /** How long a session lives since it was last used (sliding expiry, AUTH4). */
  sessionTtlMs: number;
  /** scrypt cost as a power of two for new hashes (password.ts). */
  passwordCost?: number;
  now?: () => Date;
  /** Whether a share link of `sharedId` also reads `boardId` (MTS9: a meeting's link reads the boards its agenda links); none: a link reads its own board only. */
  shareReach?: ShareReach;
}

/** MTS9: may a share link made for `sharedId` read `boardId` as well? Asked at access time (each request, each /sync upgrade). */
export type ShareReach = (sharedId: string, boardId: string) => Promise<boolean>;

/** What a share link may do wherever it reaches (AUTH8, MTS9): read. */
const SHARE_VIEWER: BoardAccess = { role: 'viewer', scope: [] };

/** A member as the members page shows it; the routes drop `username` for a caller who is not an admin (SEC2). */
export interface Member {
  userId: string;
  username: string;
  displayName: string;
  role: BoardRole;
  scope: string[];
}

/** A share link as the facilitator sees it afterwards: never its token. */
export type ShareSummary = Omit<ShareRecord, 'tokenHash'>;

/** Renewing a session at most this often keeps a busy client from writing on every request. */
const RENEW_AFTER_MS = 60_000;

const publicUser = ({ id, username, displayName, siteRole, createdAt }: UserRecord): UserRecord => ({ id, username, displayName, siteRole, createdAt });

/**
 * Accounts, sessions, board roles and share links: the AUTH and ROLE rules over an AuthStore.
 * Callers validate their input shapes (accountFields.ts, the routes); this enforces the rest.
 */
export class AuthService {
  private readonly listeners = new Set<(revocation: Revocation) => void>();
  private readonly now: () => Date;
  private readonly passwordCost: number;
  /** Verified against when the username is unknown, so a miss costs as long as a wrong password. */
  private dummyHash: Promise<string> | undefined;

  constructor(
    readonly store: AuthStore,
    private readonly options: AuthServiceOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.passwordCost = options.passwordCost ?? DEFAULT_PASSWORD_COST;
  }

  /**
   * First start (AUTH7): creates `admin` when there is no admin at all (nor an account named
   * `admin`), with `password` or a random one, which is returned so that the caller prints it once.
   * Never changes an existing admin, and does not bring back an `admin` that another admin removed.
   */
  async ensureAdmin(password?: string): Promise<{ created: boolean; generatedPassword?: string }> {
    if ((await this.store.listUsers()).some((user) => user.siteRole === 'admin' || user.username === 'admin')) return { created: false };
    const chosen = password ?? newToken().slice(0, 20);
    await this.addUser({ username: 'admin', password: chosen, displayName: ADMIN_DISPLAY_NAME, siteRole: 'admin' });
    return password ? { created: true } : { created: true, generatedPassword: chosen };
  }

  /** Adds an account; AuthError `user_exists` for a taken username, `weak_password` for a weak password (SEC7). */
  async addUser(input: { username: string; password: string; displayName: string; siteRole?: SiteRole }): Promise<UserRecord> {
    checkStrength(input.password, input);
    const user: UserRecord = { id: randomUUID(), username: input.username, displayName: input.displayName, siteRole: input.siteRole ?? 'user', createdAt: this.now().toISOString() };
    try {
      await this.store.createUser({ ...user, passwordHash: await hashPassword(input.password, this.passwordCost) });
    } catch (error) {
      if (error instanceof UserExistsError) throw new AuthError('user_exists', `the username "${input.username}" is taken`);
      throw error;
    }
    return user;
  }

  /**
   * Sets a new password and ends every session of the account, closing its connections (AUTH16):
   * whoever holds a leaked token is out. AuthError `unknown_user`, or `weak_password` for a weak password (SEC7).
   */
  async setPassword(username: string, password: string): Promise<void> {
    const user = await this.store.getUserByUsername(username);
    if (user) checkStrength(password, user);
    if (!user || !(await this.store.setPasswordHash(user.id, await hashPassword(password, this.passwordCost)))) throw unknownUser(username);
    this.emit({ kind: 'user', userId: user.id, cause: 'password' });
  }

  /** Makes an account a creator or a plain user (SEC2); AuthError `unknown_user`, or `admin_role`: an admin's site role is not changed here. */
  async setCreatorRole(username: string, siteRole: 'creator' | 'user'): Promise<void> {
    const user = await this.store.getUserByUsername(username);
    if (!user) throw unknownUser(username);
    if (!(await this.store.setCreatorRole(user.id, siteRole))) throw new AuthError('admin_role', 'an admin stays an admin');
  }

  /**
   * Removes an account (AUTH14): its sessions and memberships go, its connections are closed, its
   * history stays under its display name. `by` is the admin asking, who may not remove themselves
   * (AuthError `own_account`); `unknown_user`, or `last_admin` for the last admin.
   */
  async removeUser(username: string, by?: string): Promise<void> {
    const user = await this.store.getUserByUsername(username);
    if (!user) throw unknownUser(username);
    if (user.id === by) throw new AuthError('own_account', 'an admin cannot remove their own account');
    const result = await this.store.deleteUser(user.id);
    if (result === 'last_admin') throw new AuthError('last_admin', 'the last admin cannot be removed');
    if (result !== 'deleted') throw unknownUser(username);
    this.emit({ kind: 'user', userId: user.id, cause: 'removed' });
  }

  /** Checks a password and opens a session; AuthError `invalid_credentials` for a wrong username or password (the caller cannot tell which). */
  async login(username: string, password: string): Promise<{ token: string; user: UserRecord }> {
    const user = await this.store.getUserByUsername(username);
    if (!user) {
      this.dummyHash ??= hashPassword(newToken(), this.passwordCost);
      await verifyPassword(password, await this.dummyHash);
      throw new AuthError('invalid_credentials', 'wrong username or password');
    }
    if (!(await verifyPassword(password, user.passwordHash))) throw new AuthError('invalid_credentials', 'wrong username or password');
    const token = newToken();
    const at = this.now();
    await this.store.createSession({ tokenHash: hashToken(token), userId: user.id, createdAt: at.toISOString(), expiresAt: this.expiry(at) });
    return { token, user: publicUser(user) };
  }

  /** The principal a token stands for: a live session (renewed as it is used) or a live share link. */
  async authenticate(token: string | undefined): Promise<Principal | undefined> {
    if (!token) return undefined;
    const sessionHash = hashToken(token);
    const session = await this.store.getSession(sessionHash);
    if (session) {
      const now = this.now();
      if (session.expiresAt <= now.toISOString()) {
        await this.store.deleteSession(sessionHash);
        return undefined;
      }
      const user = await this.store.getUser(session.userId);
      if (!user) return undefined;
      const renewed = Date.parse(session.expiresAt) - now.getTime() < this.options.sessionTtlMs - RENEW_AFTER_MS;
      if (renewed) await this.store.setSessionExpiry(sessionHash, this.expiry(now));
      return { kind: 'user', user: publicUser(user), sessionHash, renewed };
    }
    const share = await this.store.getShareByTokenHash(sessionHash);
    if (share && share.revokedAt === undefined) return { kind: 'share', shareId: share.id, boardId: share.boardId, createdBy: share.createdBy };
    return undefined;
  }

  /** Ends the session of this principal and closes its connections. */
  async logout(principal: Principal): Promise<void> {
    if (principal.kind !== 'user') return;
    await this.store.deleteSession(principal.sessionHash);
    this.emit({ kind: 'session', sessionHash: principal.sessionHash, cause: 'logout' });
  }

  /**
   * Ends a session that has expired, or is gone (its account removed by `npm run user` in another
   * process), and closes its connections (AUTH13); false, doing nothing, while it is live.
   */
  async expireSession(sessionHash: string): Promise<boolean> {
    const session = await this.store.getSession(sessionHash);
    if (session && session.expiresAt > this.now().toISOString()) return false;
    if (session) await this.store.deleteSession(sessionHash);
    this.emit({ kind: 'session', sessionHash, cause: 'expired' });
    return true;
  }

  /** What the principal may do on a board; undefined when it may not even read it (ROLE1-ROLE6; a meeting's link: MTS9). */
  async boardAccess(principal: Principal, boardId: string): Promise<BoardAccess | undefined> {
    if (principal.kind === 'user') return this.accountAccess(principal.user, boardId);
    if (principal.boardId === boardId) return SHARE_VIEWER;
    // A link reaches no further than the account that made it may read, asked now: otherwise an
    // editor could link any board in the agenda and the link would hand it to whoever holds it.
    const creator = await this.store.getUser(principal.createdBy);
    if (!creator || !(await this.accountAccess(creator, boardId))) return undefined;
    return (await this.options.shareReach?.(principal.boardId, boardId)) ? SHARE_VIEWER : undefined;
  }

  /** An account's own access to a board (ROLE1-ROLE6): an admin's everywhere, anyone else's through a membership. */
  private async accountAccess(user: Pick<UserRecord, 'id' | 'siteRole'>, boardId: string): Promise<BoardAccess | undefined> {
    if (user.siteRole === 'admin') return { role: 'facilitator', scope: [] };
    const membership = await this.store.getMembership(boardId, user.id);
    return membership && { role: membership.role, scope: membership.scope };
  }

  /** The ids of the boards a non-admin account is a member of. */
  async memberBoardIds(userId: string): Promise<Set<string>> {
    return new Set((await this.store.listMemberships(userId)).map((m) => m.boardId));
  }

  /** Every account, without its password hash (AUTH2), for the admin's list (AUTH5). */
  listUsers(): Promise<UserRecord[]> {
    return this.store.listUsers();
  }

  /** Makes the creator of a new board its facilitator (SEC2); the board has no connections yet, so none is closed. */
  async addCreator(boardId: string, user: UserRecord): Promise<void> {
    await this.store.putMembership({ boardId, userId: user.id, role: 'facilitator', scope: [] });
  }

  /** Whether an account may list the accounts (AUTH5, SEC2): an admin, or the facilitator of some board, who adds members. */
  async mayListUsers(user: UserRecord): Promise<boolean> {
    return user.siteRole === 'admin' || (await this.store.listMemberships(user.id)).some((m) => m.role === 'facilitator');
  }

  /**
   * The account a member route names (ROLE7, SEC2): by its id, or by its username when the caller
   * is an admin, so that nobody else can try usernames one by one.
   */
  async memberAccount(ref: string, byUsername: boolean): Promise<UserRecord | undefined> {
    return (await this.store.getUser(ref)) ?? (byUsername ? await this.store.getUserByUsername(ref.toLowerCase()) : undefined);
  }

  /** Makes a user a member of a board, or changes their role. */
  async setMember(boardId: string, user: UserRecord, role: BoardRole, scope: readonly string[]): Promise<Member> {
    const existed = (await this.store.getMembership(boardId, user.id)) !== undefined;
    const membership: MembershipRecord = { boardId, userId: user.id, role, scope: role === 'unitChief' ? [...scope] : [] };
    await this.store.putMembership(membership);
    if (existed) this.emit({ kind: 'membership', boardId, userId: user.id, removed: false, stillReads: true });
    return { userId: user.id, username: user.username, displayName: user.displayName, role, scope: membership.scope };
  }

  /** Removes a member and closes their connections to the board; AuthError `unknown_member` when they were not a member. */
  async removeMember(boardId: string, user: UserRecord): Promise<void> {
    if (!(await this.store.deleteMembership(boardId, user.id))) throw new AuthError('unknown_member', 'that account is not a member of this board');
    this.emit({ kind: 'membership', boardId, userId: user.id, removed: true, stillReads: user.siteRole === 'admin' });
  }

  async listMembers(boardId: string): Promise<Member[]> {
    const members: Member[] = [];
    for (const m of await this.store.listMembers(boardId)) {
      const user = await this.store.getUser(m.userId);
      if (user) members.push({ userId: user.id, username: user.username, displayName: user.displayName, role: m.role, scope: m.scope });
    }
    return members.sort((a, b) => (a.username < b.username ? -1 : 1));
  }

  /** Creates a read-only link to a board; the token is returned once and only its hash is kept. */
  async createShare(boardId: string, createdBy: string): Promise<{ share: ShareSummary; token: string }> {
    const token = newToken();
    const share: ShareRecord = { id: randomUUID(), boardId, tokenHash: hashToken(token), createdBy, createdAt: this.now().toISOString() };
    await this.store.createShare(share);
    const { tokenHash: _hash, ...summary } = share;
    return { share: summary, token };
  }

  async listShares(boardId: string): Promise<ShareSummary[]> {
    return (await this.store.listShares(boardId)).map(({ tokenHash: _hash, ...summary }) => summary);
  }

  /** Revokes a link and closes the connections opened with it; AuthError `unknown_share` when there is no live link with that id. */
  async revokeShare(boardId: string, shareId: string): Promise<void> {
    if (!(await this.store.revokeShare(boardId, shareId, this.now().toISOString()))) throw new AuthError('unknown_share', 'no live share link with that id');
    this.emit({ kind: 'share', shareId });
  }

  /** Listens for revocations; returns the function that stops listening. */
  onRevoke(listener: (revocation: Revocation) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private emit(revocation: Revocation): void {
    for (const listener of this.listeners) listener(revocation);
  }

  private expiry(from: Date): string {
    return new Date(from.getTime() + this.options.sessionTtlMs).toISOString();
  }
}

