import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../../auth/authApi.ts';
import { logIn } from '../../auth/useSession.ts';
import { AppHeader } from '../app/AppHeader.tsx';
import { FormFooter } from '../app/FormFooter.tsx';
import './auth.css';

/** The login page: username and password; a wrong pair and throttling are told apart from an unreachable server. */
export function LoginPage() {
  const { t } = useTranslation();
  const errorId = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      await logIn(username, password);
    } catch (failure) {
      const status = failure instanceof ApiFailure ? failure.status : 0;
      setError(t(status === 401 || status === 400 ? 'auth.login.wrong' : status === 429 ? 'auth.login.throttled' : status === 503 ? 'auth.login.unavailable' : 'auth.login.failed'));
      setBusy(false);
    }
  };

  return (
    <>
      <AppHeader title={t('auth.login.title')} />
      <main id="main" className="auth-page">
        <form className="auth-form" aria-label={t('auth.login.title')} onSubmit={(event) => void submit(event)}>
          <label>
            {t('auth.login.username')}
            <input value={username} onChange={(event) => setUsername(event.target.value)} autoComplete="username" autoCapitalize="none" required aria-describedby={error ? errorId : undefined} />
          </label>
          <label>
            {t('auth.login.password')}
            <input type="password" value={password} onChange={(event) => setPassword(event.target.value)} autoComplete="current-password" required aria-invalid={error !== '' || undefined} aria-describedby={error ? errorId : undefined} />
          </label>
          <FormFooter label={t('auth.login.submit')} busyLabel={t('auth.login.busy')} busy={busy} error={error} errorId={errorId} />
        </form>
      </main>
    </>
  );
}
