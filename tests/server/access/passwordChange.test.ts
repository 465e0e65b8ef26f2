import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { authHeaders, loginToken, setMember } from '../../helpers/serverAuth.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { waitFor } from '../../helpers/serverWait.ts';
import { useSqliteServer } from './sqliteServer.ts';
import { upgradeStatus, watchAuth } from './syncClients.ts';

// The server checks the sessions of open sockets every 20 ms, so a change from another process shows quickly.
const fx = useSqliteServer({ sessionSweepMs: 20 });

const me = (token: string) => fetch(`${fx.url}/api/auth/me`, { headers: authHeaders(token) });

describe('a new password ends the account’s sessions (AUTH16)', () => {
  it('[AUTH16] every session of the account, a leaked one included, is 401 on REST and /sync and its socket closed with 4401; other accounts stay', async () => {
    const { id, token: leaked, watch } = await fx.connectedMember('anna', 'Anna Sundén', 'editor');
    const own = await loginToken(fx.url, 'anna', 'anna-password');
    const bo = await fx.user('bo', 'Bo Ek');
    await setMember(fx.url, fx.admin, id, 'bo', 'editor');
    const boWatch = watchAuth(fx.provider(id, bo));

    await expect(fx.server.auth.setPassword('anna', 'annas-nya-lösen')).resolves.toBeUndefined();
    await waitFor(() => watch.closed !== undefined, 'the leaked session’s socket to close');
    expect(watch.closed).toEqual({ code: 4401, reason: 'unauthorized' });
    for (const token of [leaked, own]) {
      expect((await me(token)).status).toBe(401);
      expect(await upgradeStatus(fx.syncUrl(id, token))).toBe(401);
    }
    expect(fx.logs.lines.some((line) => line.event === 'connection_closed' && line.detail === 'password changed')).toBe(true);

    expect((await me(bo)).status).toBe(200);
    expect(boWatch.closed).toBeUndefined();
    expect((await me(await loginToken(fx.url, 'anna', 'annas-nya-lösen'))).status).toBe(200);
    await expect(loginToken(fx.url, 'anna', 'anna-password')).rejects.toThrow(/401/);
  });

  it('[AUTH16] `npm run user -- passwd` in another process ends the sessions; the running server closes the open socket at its next check', async () => {
    const { id, token, client, watch } = await fx.connectedMember('cissi', 'Cissi Ek', 'viewer');
    await synced(client);
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/userCommand.ts', 'passwd', 'cissi', '--password', 'cissis-nya-lösen'], {
      env: { ...process.env, DATA_DIR: fx.dataDir, PASSWORD_COST: '10' },
    });
    expect(stdout).toContain('New password set for cissi');
    await waitFor(() => watch.closed !== undefined, 'the changed account’s socket to close');
    expect(watch.closed).toEqual({ code: 4401, reason: 'unauthorized' });
    expect((await me(token)).status).toBe(401);
    expect(await upgradeStatus(fx.syncUrl(id, token))).toBe(401);
  });
});
