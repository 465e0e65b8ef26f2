// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LoginPage } from '../../../client/components/auth/LoginPage.tsx';
import { renderWithI18n } from '../app/renderWithI18n.tsx';

// The page's answer to each refusal the server makes; the server's side of each is tested against
// the real server (tests/server/access/loginThrottle.test.ts, tests/ops/diskFull.test.ts).
const nodeFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = nodeFetch;
});

async function submitAnswered(status: number, error: string): Promise<void> {
  globalThis.fetch = async () => new Response(JSON.stringify({ error, message: error }), { status, headers: { 'content-type': 'application/json' } });
  renderWithI18n(<LoginPage />);
  fireEvent.change(screen.getByLabelText('Användarnamn'), { target: { value: 'anna' } });
  fireEvent.change(screen.getByLabelText('Lösenord'), { target: { value: 'fel-lösenord' } });
  fireEvent.click(screen.getByRole('button', { name: 'Logga in' }));
}

describe('the login page tells the refusals apart', () => {
  it('[SEC3] a throttled login says to wait', async () => {
    await submitAnswered(429, 'too_many_requests');
    expect(await screen.findByText('För många misslyckade försök. Vänta en stund och försök igen.')).toBeTruthy();
  });

  it('[OPS6] a server that cannot save (503) says so, not that the password was wrong', async () => {
    await submitAnswered(503, 'storage_unavailable');
    expect(await screen.findByText('Servern kan inte spara just nu och kan därför inte logga in dig. Försök igen om en stund.')).toBeTruthy();
  });

  it('a wrong password says so', async () => {
    await submitAnswered(401, 'invalid_credentials');
    expect(await screen.findByText('Fel användarnamn eller lösenord.')).toBeTruthy();
  });
});
