import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure, authApi, type SessionUser } from '../../auth/authApi.ts';
import { AppHeader } from '../app/AppHeader.tsx';
import './auth.css';

/** The accounts, and a form with which an admin adds one (AUTH5). */
export function UsersPage() {
  const { t } = useTranslation();
  const [users, setUsers] = useState<SessionUser[]>([]);
  const [form, setForm] = useState({ username: '', displayName: '', password: '', admin: false });
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const load = useCallback(() => authApi.listUsers().then(setUsers, () => setUsers([])), []);
  useEffect(() => void load(), [load]);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError('');
    setStatus('');
    try {
      const user = await authApi.addUser({ username: form.username, displayName: form.displayName, password: form.password, siteRole: form.admin ? 'admin' : 'user' });
      setStatus(t('auth.users.added', { name: user.displayName }));
      setForm({ username: '', displayName: '', password: '', admin: false });
      await load();
    } catch (failure) {
      if (!(failure instanceof ApiFailure)) setError(t('auth.users.failed'));
      else if (failure.status === 409) setError(t('auth.users.taken'));
      else if (failure.status === 403) setError(t('auth.users.forbidden'));
      else setError(t('auth.users.invalid', { message: failure.message }));
    }
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
              <th>{t('auth.users.admin')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>{user.displayName}</td>
                <td>{user.username}</td>
                <td>{t(`auth.users.roles.${user.siteRole}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form className="auth-form" onSubmit={(event) => void submit(event)} aria-label={t('auth.users.add')}>
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
            <input type="checkbox" checked={form.admin} onChange={(event) => setForm({ ...form, admin: event.target.checked })} /> {t('auth.users.admin')}
          </label>
          <button type="submit" className="primary">
            {t('auth.users.submit')}
          </button>
        </form>
        {status && <p role="status">{status}</p>}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </main>
    </>
  );
}
