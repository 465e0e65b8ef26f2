import { describe, expect, it } from 'vitest';
import { UserExistsError, type AuthStore, type StoredUser } from '../../../server/storage/AuthStore.ts';
import { contractStores, type StoreFactory } from './contractStores.ts';

export type AuthStoreFactory = StoreFactory<AuthStore>;

const user = (id: string, username: string, siteRole: 'admin' | 'user' = 'user'): StoredUser => ({
  id,
  username,
  displayName: `Namn ${username}`,
  siteRole,
  passwordHash: `hash-${id}`,
  createdAt: '2025-01-01T00:00:00.000Z',
});

/** The AuthStore contract: every implementation runs this same suite (AUTH2, AUTH3, AUTH8, ROLE7). */
export function runAuthStoreContract(name: string, factory: AuthStoreFactory, options: { durable?: boolean } = {}): void {
  describe(`auth store contract: ${name}`, () => {
    const open = contractStores(factory);

    it('[AUTH5] keeps users, finds them by id and username, refuses a taken username', async () => {
      const { store } = await open();
      await store.createUser(user('u1', 'anna'));
      await store.createUser(user('u2', 'bo', 'admin'));
      expect(await store.getUser('u1')).toEqual(user('u1', 'anna'));
      expect(await store.getUserByUsername('bo')).toEqual(user('u2', 'bo', 'admin'));
      expect(await store.getUserByUsername('nobody')).toBeUndefined();
      await expect(store.createUser(user('u3', 'anna'))).rejects.toBeInstanceOf(UserExistsError);
      expect(await store.setPasswordHash('u1', 'new-hash')).toBe(true);
      expect((await store.getUser('u1'))?.passwordHash).toBe('new-hash');
      expect(await store.setPasswordHash('nobody', 'x')).toBe(false);
    });

    it('[SEC2] makes an account a creator or a plain user, never an admin something else', async () => {
      const { store } = await open();
      await store.createUser(user('u1', 'anna'));
      await store.createUser(user('u2', 'bo', 'admin'));
      expect(await store.setCreatorRole('u1', 'creator')).toBe(true);
      expect((await store.getUser('u1'))?.siteRole).toBe('creator');
      expect(await store.setCreatorRole('u1', 'user')).toBe(true);
      expect((await store.getUser('u1'))?.siteRole).toBe('user');
      expect(await store.setCreatorRole('u2', 'user')).toBe(false);
      expect((await store.getUser('u2'))?.siteRole).toBe('admin');
      expect(await store.setCreatorRole('nobody', 'creator')).toBe(false);
    });

    it('[AUTH16] a new password hash ends every session of that account, and only of that account', async () => {
      const { store } = await open();
      await store.createUser(user('u1', 'anna'));
      await store.createUser(user('u2', 'bo'));
      const session = (tokenHash: string, userId: string) => ({ tokenHash, userId, createdAt: '2025-01-01T00:00:00.000Z', expiresAt: '2025-01-01T12:00:00.000Z' });
      for (const [hash, id] of [['a1', 'u1'], ['a2', 'u1'], ['b1', 'u2']] as const) await store.createSession(session(hash, id));
      expect(await store.setPasswordHash('u1', 'new-hash')).toBe(true);
      expect(await store.getSession('a1')).toBeUndefined();
      expect(await store.getSession('a2')).toBeUndefined();
      expect(await store.getSession('b1')).toEqual(session('b1', 'u2'));
    });

    it('[AUTH2] lists users by username without their password hashes', async () => {
      const { store } = await open();
      await store.createUser(user('u2', 'bo'));
      await store.createUser(user('u1', 'anna'));
      const listed = await store.listUsers();
      expect(listed.map((u) => u.username)).toEqual(['anna', 'bo']);
      expect(JSON.stringify(listed)).not.toContain('hash');
    });

    it('[AUTH3] keeps sessions by token hash, moves their expiry, drops them and the expired ones', async () => {
      const { store } = await open();
      await store.createUser(user('u1', 'anna'));
      await store.createSession({ tokenHash: 'h1', userId: 'u1', createdAt: '2025-01-01T00:00:00.000Z', expiresAt: '2025-01-01T12:00:00.000Z' });
      await store.createSession({ tokenHash: 'h2', userId: 'u1', createdAt: '2025-01-01T00:00:00.000Z', expiresAt: '2025-01-02T12:00:00.000Z' });
      await store.setSessionExpiry('h1', '2025-01-01T13:00:00.000Z');
      expect(await store.getSession('h1')).toEqual({ tokenHash: 'h1', userId: 'u1', createdAt: '2025-01-01T00:00:00.000Z', expiresAt: '2025-01-01T13:00:00.000Z' });
      expect(await store.deleteExpiredSessions('2025-01-02T00:00:00.000Z')).toBe(1);
      expect(await store.getSession('h1')).toBeUndefined();
      await store.deleteSession('h2');
      expect(await store.getSession('h2')).toBeUndefined();
    });

    it('[AUTH14] deletes an account with its sessions and memberships at once; never the only admin', async () => {
      const { store } = await open();
      await store.createUser(user('u1', 'anna'));
      await store.createUser(user('u2', 'bo', 'admin'));
      await store.createUser(user('u3', 'cissi', 'admin'));
      await store.createSession({ tokenHash: 'h1', userId: 'u1', createdAt: '2025-01-01T00:00:00.000Z', expiresAt: '2025-01-01T12:00:00.000Z' });
      await store.createSession({ tokenHash: 'h2', userId: 'u2', createdAt: '2025-01-01T00:00:00.000Z', expiresAt: '2025-01-01T12:00:00.000Z' });
      await store.putMembership({ boardId: 'b1', userId: 'u1', role: 'editor', scope: [] });
      await store.putMembership({ boardId: 'b2', userId: 'u1', role: 'viewer', scope: [] });
      await store.putMembership({ boardId: 'b1', userId: 'u2', role: 'facilitator', scope: [] });

      expect(await store.deleteUser('u1')).toBe('deleted');
      expect(await store.getUser('u1')).toBeUndefined();
      expect(await store.getSession('h1')).toBeUndefined();
      expect(await store.listMemberships('u1')).toEqual([]);
      expect((await store.listMembers('b1')).map((m) => m.userId)).toEqual(['u2']);
      expect(await store.deleteUser('u1')).toBe('unknown');

      expect(await store.deleteUser('u2')).toBe('deleted');
      expect(await store.deleteUser('u3')).toBe('last_admin');
      expect(await store.getUserByUsername('cissi')).toBeDefined();
      expect(await store.getSession('h2')).toBeUndefined();
    });

    it('[ROLE7] keeps one membership per user and board, with its role and scope', async () => {
      const { store } = await open();
      await store.createUser(user('u1', 'anna'));
      await store.createUser(user('u2', 'bo'));
      await store.putMembership({ boardId: 'b1', userId: 'u1', role: 'editor', scope: [] });
      await store.putMembership({ boardId: 'b1', userId: 'u1', role: 'unitChief', scope: ['Kirurgi', 'Ortopedi'] });
      await store.putMembership({ boardId: 'b1', userId: 'u2', role: 'viewer', scope: [] });
      await store.putMembership({ boardId: 'b2', userId: 'u1', role: 'facilitator', scope: [] });
      expect(await store.getMembership('b1', 'u1')).toEqual({ boardId: 'b1', userId: 'u1', role: 'unitChief', scope: ['Kirurgi', 'Ortopedi'] });
      expect((await store.listMembers('b1')).map((m) => m.userId).sort()).toEqual(['u1', 'u2']);
      expect((await store.listMemberships('u1')).map((m) => m.boardId).sort()).toEqual(['b1', 'b2']);
      expect(await store.deleteMembership('b1', 'u2')).toBe(true);
      expect(await store.deleteMembership('b1', 'u2')).toBe(false);
      expect(await store.getMembership('b1', 'u2')).toBeUndefined();
    });

    it('[AUTH8] keeps share links by token hash; a revoked link stays listed, revoked once', async () => {
      const { store } = await open();
      await store.createShare({ id: 's1', boardId: 'b1', tokenHash: 't1', createdBy: 'u1', createdAt: '2025-01-01T00:00:00.000Z' });
      await store.createShare({ id: 's2', boardId: 'b1', tokenHash: 't2', createdBy: 'u1', createdAt: '2025-01-02T00:00:00.000Z' });
      expect(await store.getShareByTokenHash('t1')).toEqual({ id: 's1', boardId: 'b1', tokenHash: 't1', createdBy: 'u1', createdAt: '2025-01-01T00:00:00.000Z' });
      expect(await store.revokeShare('b2', 's1', '2025-01-03T00:00:00.000Z')).toBe(false);
      expect(await store.revokeShare('b1', 's1', '2025-01-03T00:00:00.000Z')).toBe(true);
      expect(await store.revokeShare('b1', 's1', '2025-01-04T00:00:00.000Z')).toBe(false);
      expect((await store.getShareByTokenHash('t1'))?.revokedAt).toBe('2025-01-03T00:00:00.000Z');
      expect((await store.listShares('b1')).map((s) => s.id)).toEqual(['s1', 's2']);
    });

    if (options.durable) {
      it('[AUTH3] keeps users, sessions, memberships and links across closing and reopening', async () => {
        const { store, reopen } = await open();
        await store.createUser(user('u1', 'anna'));
        await store.createSession({ tokenHash: 'h1', userId: 'u1', createdAt: '2025-01-01T00:00:00.000Z', expiresAt: '2025-01-01T12:00:00.000Z' });
        await store.putMembership({ boardId: 'b1', userId: 'u1', role: 'unitChief', scope: ['Kirurgi'] });
        await store.createShare({ id: 's1', boardId: 'b1', tokenHash: 't1', createdBy: 'u1', createdAt: '2025-01-01T00:00:00.000Z' });
        const again = await reopen!();
        expect(await again.getUserByUsername('anna')).toEqual(user('u1', 'anna'));
        expect(await again.getSession('h1')).toBeDefined();
        expect(await again.getMembership('b1', 'u1')).toEqual({ boardId: 'b1', userId: 'u1', role: 'unitChief', scope: ['Kirurgi'] });
        expect(await again.getShareByTokenHash('t1')).toBeDefined();
      });
    }
  });
}
