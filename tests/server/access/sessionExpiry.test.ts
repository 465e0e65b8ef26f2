import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createCard, updateCardField } from '../../../shared/ops/cards.ts';
import { readCard } from '../../../shared/read/readCard.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { authHeaders, setMember } from '../../helpers/serverAuth.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { settle, waitFor } from '../../helpers/serverWait.ts';
import { useSqliteServer } from './sqliteServer.ts';
import { upgradeStatus, watchAuth } from './syncClients.ts';

const HOUR = 3_600_000;
// Sessions live an hour on the test's clock; the server checks the open ones every 20 ms of real time.
const fx = useSqliteServer({ sessionTtlMs: HOUR, sessionSweepMs: 20 });

const me = (token: string) => fetch(`${fx.url}/api/auth/me`, { headers: authHeaders(token) });

describe('an expired session’s open connections (AUTH13)', () => {
  it('[AUTH13] are closed with 4401 once the session expires, while a session kept alive by requests stays connected', async () => {
    const id = await fx.createBoard();
    const idle = await fx.user('idle', 'Ida Inaktiv');
    const busy = await fx.user('busy', 'Bo Aktiv');
    await setMember(fx.url, fx.admin, id, 'idle', 'editor');
    await setMember(fx.url, fx.admin, id, 'busy', 'editor');
    const idleClient = fx.provider(id, idle);
    const busyClient = fx.provider(id, busy);
    const idleWatch = watchAuth(idleClient);
    const busyWatch = watchAuth(busyClient);
    await Promise.all([synced(idleClient), synced(busyClient)]);

    // Half an hour on, only Bo makes a request, which renews his session (AUTH4).
    fx.tick(HOUR / 2);
    expect((await me(busy)).status).toBe(200);
    await settle(100);
    expect(idleWatch.closed).toBeUndefined();

    // Ida's session is now past its hour; Bo's has half an hour left.
    fx.tick(HOUR / 2 + 1);
    await waitFor(() => idleWatch.closed !== undefined, 'the expired session’s connection to close');
    expect(idleWatch.closed).toEqual({ code: 4401, reason: 'unauthorized' });
    expect(fx.logs.lines.some((line) => line.event === 'connection_closed' && line.reason === 'unauthorized')).toBe(true);
    expect((await me(idle)).status).toBe(401);
    expect(await upgradeStatus(fx.syncUrl(id, idle))).toBe(401);

    await settle(100);
    expect(busyWatch.closed).toBeUndefined();
    const column = readColumns(busyClient.doc)[0]!.id;
    createCard(busyClient.doc, { id: 'kort', column, title: 'Fortfarande inloggad' });
    updateCardField(busyClient.doc, 'kort', 'effect', 1_000);
    await fx.relogAdmin();
    const observer = fx.provider(id, fx.admin);
    await waitFor(() => readCard(observer.doc, 'kort')?.effect === 1_000, 'the live session’s edit to reach another client');
  });

  it('[AUTH13] an account removed by `npm run user -- remove` in another process loses its open socket at the next check', async () => {
    const { id, token, watch } = await fx.connectedMember('dora', 'Dora Borta', 'viewer');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/userCommand.ts', 'remove', 'dora'], { env: { ...process.env, DATA_DIR: fx.dataDir } });
    expect(stdout).toContain('Removed dora');
    await waitFor(() => watch.closed !== undefined, 'the removed account’s connection to close');
    expect(watch.closed).toEqual({ code: 4401, reason: 'unauthorized' });
    expect(await upgradeStatus(fx.syncUrl(id, token))).toBe(401);
  });
});
