import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure, authApi, SITE_ROLES, type SessionUser, type SiteRole } from '../../auth/authApi.ts';
import { useSession } from '../../auth/useSession.ts';
import { AppHeader } from '../app/AppHeader.tsx';
import { AccountForm } from './AccountForm.tsx';
import { RemoveUserDialog } from './RemoveUserDialog.tsx';
import './auth.css';

/** Why the server refused a password (SEC7), each worded in the catalogue. */
const WEAKNESSES = ['common', 'username', 'display_name'] as const;
const isWeakness = (reason: string | undefined): reason is (typeof WEAKNESSES)[number] => (WEAKNESSES as readonly (string | undefined)[]).includes(reason);

/** The accounts, a form with which an admin adds one with its site role (AUTH5, SEC2), and removing one after a confirmation (AUTH14). */
export function UsersPage() {
  const { t } = useTranslation();
  const session = useSession();
  const me = session.status === 'user' ? session.user.id : undefined;
  const [users, setUsers] = useState<SessionUser[]>([]);
  const empty = { username: '', displayName: '', password: '', siteRole: 'user' as SiteRole };
  const [form, setForm] = useState(empty);
  const [removing, setRemoving] = useState<SessionUser | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const load = useCallback(() => authApi.listUsers().then(setUsers, () => setUsers([])), []);
  useEffect(() => void load(), [load]);

  const submit = async (): Promise<void> => {
    setError('');
    setStatus('');
    try {
      const user = await authApi.addUser({ username: form.username, displayName: form.displayName, password: form.password, siteRole: form.siteRole });
      setStatus(t('auth.users.added', { name: user.displayName }));
      setForm(empty);
      await load();
    } catch (failure) {
      if (!(failure instanceof ApiFailure)) setError(t('auth.users.failed'));
      else if (failure.status === 409) setError(t('auth.users.taken'));
      else if (failure.status === 403) setError(t('auth.users.forbidden'));
      else if (failure.code === 'weak_password' && isWeakness(failure.reason)) setError(t(`auth.users.weakPassword.${failure.reason}`));
      else setError(t('auth.users.invalid', { message: failure.message }));
    }
  };
  const changeRole = async (user: SessionUser, siteRole: 'creator' | 'user'): Promise<void> => {
    setError('');
    setStatus('');
    try {
      await authApi.setSiteRole(user.username, siteRole);
      setStatus(t('auth.users.roleChanged', { name: user.displayName, role: t(`auth.users.roles.${siteRole}`) }));
    } catch {
      setError(t('auth.users.roleFailed'));
    }
    await load();
  };
  const remove = async (user: SessionUser): Promise<void> => {
    setRemoving(null);
    setError('');
    setStatus('');
    try {
      await authApi.removeUser(user.username);
      setStatus(t('auth.users.removed', { name: user.displayName }));
    } catch (failure) {
      setError(t(failure instanceof ApiFailure && failure.code === 'last_admin' ? 'auth.users.lastAdmin' : 'auth.users.removeFailed'));
    }
    await load();
  };

  return (
    <>
      <AppHeader title={t('auth.users.title')} />
      <main id="main" className="auth-page">
        <table className="auth-table">
          <thead>
            <tr>
              <th>{t('auth.users.displayName')}</th>
              <th>{t('auth.users.username')}</th>
              <th>{t('auth.users.siteRole')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>{user.displayName}</td>
                <td>{user.username}</td>
                <td>
                  {/* An admin stays an admin here (the server refuses with admin_role); the others may become creators (SEC2). */}
                  {user.siteRole === 'admin' ? (
                    t('auth.users.roles.admin')
                  ) : (
                    <select value={user.siteRole} onChange={(event) => void changeRole(user, event.target.value as 'creator' | 'user')} aria-label={t('auth.users.siteRoleFor', { name: user.displayName })}>
                      {(['user', 'creator'] as const).map((role) => (
                        <option key={role} value={role}>
                          {t(`auth.users.roles.${role}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td>
                  {/* The server refuses removing oneself too (own_account); the button is not offered. */}
                  {user.id !== me && (
                    <button type="button" onClick={() => setRemoving(user)} aria-label={t('auth.users.removeFor', { name: user.displayName })}>
                      {t('auth.users.remove')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {removing && <RemoveUserDialog user={removing} onConfirm={() => void remove(removing)} onCancel={() => setRemoving(null)} />}
        <AccountForm label={t('auth.users.add')} submitLabel={t('auth.users.submit')} onSubmit={submit} status={status} error={error}>
          <h2>{t('auth.users.add')}</h2>
          <label>
            {t('auth.users.username')}
            <input value={form.username} onChange={(event) => setForm({ ...form, username: event.target.value })} required autoCapitalize="none" />
          </label>
          <label>
            {t('auth.users.displayName')}
            <input value={form.displayName} onChange={(event) => setForm({ ...form, displayName: event.target.value })} required />
          </label>
          <label>
            {t('auth.users.password')}
            <input type="password" value={form.password} onChange={(event) => setForm({ ...form, password: event.target.value })} required minLength={8} autoComplete="new-password" />
          </label>
          <label>
            {t('auth.users.siteRole')}
            <select value={form.siteRole} onChange={(event) => setForm({ ...form, siteRole: event.target.value as SiteRole })}>
              {SITE_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`auth.users.roles.${role}`)}
                </option>
              ))}
            </select>
          </label>
        </AccountForm>
      </main>
    </>
  );
}
