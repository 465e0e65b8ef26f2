import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { setMember } from '../../helpers/serverAuth.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { waitFor } from '../../helpers/serverWait.ts';
import { openSocket, upgradeStatus } from './syncClients.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024, auth: { maxConnectionsPerUser: 2, maxConnectionsPerAddress: 3 } });

describe('connection limits (AUTH12)', () => {
  it('[AUTH12] past its limit an account’s upgrade is 429, then the address’s; a closed connection frees its slot', async () => {
    const id = await fx.createBoard();
    const bo = await fx.user('bo');
    await setMember(fx.url, fx.token, id, 'bo', 'editor');
    const url = (token: string) => `${fx.wsUrl}/sync/${id}?token=${token}`;
    const open: WebSocket[] = [await openSocket(url(fx.token)), await openSocket(url(fx.token))];
    expect(await upgradeStatus(url(fx.token))).toBe(429);
    open.push(await openSocket(url(bo)));
    // Bo is under his own limit, but 127.0.0.1 now holds three.
    expect(await upgradeStatus(url(bo))).toBe(429);
    open[0]!.close();
    await waitFor(async () => (await upgradeStatus(url(fx.token))) === 101, 'the closed connection’s slot to be freed');
    open.slice(1).forEach((socket) => socket.close());
  });
});
