// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, screen } from '@testing-library/react';
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { logOut, refreshSession, useSession } from '../../../client/auth/useSession.ts';
import { AuthGate } from '../../../client/components/auth/AuthGate.tsx';
import { useSqliteServer } from '../../server/access/sqliteServer.ts';
import { renderWithI18n } from '../app/renderWithI18n.tsx';

// The session against the real server, and against a port nothing listens on: a server that
// cannot be reached, as a browser without a network meets it. The page's relative calls go to
// `base` with `token` as the bearer, as the browser would send its cookie.
const fx = useSqliteServer();
const nodeFetch = globalThis.fetch;
let base = '';
let token = '';
let closedPort = 0;

beforeAll(async () => {
  base = fx.url;
  token = fx.admin;
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  globalThis.fetch = (input, init) => nodeFetch(new URL(String(input), base), { ...init, headers: { ...(init?.headers as Record<string, string>), authorization: `Bearer ${token}` } });
});
afterAll(() => {
  globalThis.fetch = nodeFetch;
});
afterEach(() => {
  cleanup();
  base = fx.url;
  token = fx.admin;
});

const offline = () => (base = `http://127.0.0.1:${closedPort}`);
const remembered = () => localStorage.getItem('tavla.account');

function SessionProbe() {
  const session = useSession();
  return <p>{session.status === 'user' ? `${session.user.displayName}${session.offline ? ' (offline)' : ''}` : session.status}</p>;
}

describe('starting without the server (offline)', () => {
  it('remembers the signed-in account without its token, and starts as it, offline, when the server cannot be reached', async () => {
    await refreshSession();
    expect(JSON.parse(remembered() ?? 'null')).toMatchObject({ username: 'admin', displayName: 'Administratör', siteRole: 'admin' });
    expect(remembered()).not.toContain(fx.admin);

    offline();
    renderWithI18n(
      <AuthGate>
        <SessionProbe />
      </AuthGate>,
    );
    await screen.findByText('Administratör (offline)');

    base = fx.url;
    await act(async () => void window.dispatchEvent(new Event('online')));
    await screen.findByText('Administratör');
  });

  it('goes to the login page on a 401, and forgets the account', async () => {
    await refreshSession();
    token = 'not-a-session';
    renderWithI18n(
      <AuthGate>
        <SessionProbe />
      </AuthGate>,
    );
    await screen.findByRole('form', { name: 'Logga in' });
    expect(remembered()).toBeNull();
  });

  it('shows the login page, not the app, when the server cannot be reached after a logout', async () => {
    await refreshSession();
    await logOut();
    expect(remembered()).toBeNull();
    token = await fx.relogAdmin(); // the logout ended the admin's first session

    offline();
    renderWithI18n(
      <AuthGate>
        <SessionProbe />
      </AuthGate>,
    );
    await screen.findByRole('form', { name: 'Logga in' });
    expect(screen.queryByText('unreachable')).toBeNull();
  });
});
