import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { SqliteStorage } from '../../server/storage/SqliteStorage.ts';
import { expectConverged } from '../shared/helpers/compare.ts';
import { mulberry32 } from '../shared/helpers/prng.ts';
import { idMaker, randomOp } from '../shared/helpers/randomOps.ts';
import { sameContent } from '../helpers/reliabilityCompare.ts';
import { loadStoredDoc } from '../helpers/serverBoards.ts';
import { connectProvider, synced, type ProviderClient } from '../helpers/serverProvider.ts';
import { startReliabilityServer, type ReliabilityServer } from '../helpers/reliabilityServer.ts';
import { waitFor } from '../helpers/serverWait.ts';

const LONG = process.env.RELIABILITY_LONG === '1';
const OPERATIONS = LONG ? 10_000 : 1_200;
const RESTARTS = LONG ? 6 : 2;
const PEERS = 5;
const SEED = 0xc0be;

let server: ReliabilityServer | undefined;
const clients: ProviderClient[] = [];
afterAll(async () => {
  clients.forEach((client) => client.destroy());
  await server?.dispose();
});


describe('convergence with the real server in the loop', () => {
  it(`[INV5][SRV11][SRV12] ${OPERATIONS} seeded operations on ${PEERS} clients, random disconnects and ${RESTARTS} restarts (kill -9 and SIGTERM): clients and the stored doc converge and the invariants hold`, { timeout: LONG ? 600_000 : 120_000 }, async () => {
    const rng = mulberry32(SEED);
    server = await startReliabilityServer();
    const boardId = await server.createBoard('Konvergens', rng.chance(0.5) ? 'measures' : 'assignments');
    for (let i = 0; i < PEERS; i++) clients.push(connectProvider(server.url, boardId, server.token));
    await Promise.all(clients.map(synced));
    // A close the provider will not recover from (4400-4499: the server refused something) fails the test with its reason.
    const refusals: string[] = [];
    clients.forEach((client, i) => client.provider.on('connection-close', (event) => event && event.code >= 4400 && event.code < 4500 && refusals.push(`client ${i}: ${event.code} ${event.reason}`)));
    const first = clients[0]!.doc;
    for (let i = 0; i < 6; i++) createCard(first, { id: `s${i}`, column: readColumns(first)[i % 3]!.id, title: `Kort ${i}` });
    await waitFor(() => clients.every((client) => sameContent(client.doc, first)), 'every client to get the first cards');

    const newIds = clients.map((_, i) => idMaker(i + 1));
    const restartAt = new Map(Array.from({ length: RESTARTS }, (_, r) => [Math.floor(((r + 1) * OPERATIONS) / (RESTARTS + 1)), r]));
    const counts = { ops: 0, disconnects: 0, kills: 0, stops: 0 };
    for (let op = 0; op < OPERATIONS; op++) {
      if (restartAt.has(op)) {
        // A crash, then an orderly stop, mid-stream; clients keep editing offline and reconnect by themselves.
        const signal = restartAt.get(op)! % 2 === 0 ? 'SIGKILL' : 'SIGTERM';
        counts[signal === 'SIGKILL' ? 'kills' : 'stops']++;
        await server.kill(signal);
        for (let i = 0; i < 20; i++) randomOp(clients[rng.int(PEERS)]!.doc, rng, newIds[rng.int(PEERS)]!);
        await server.restart();
        // Sessions outlive a restart, but the token is fresh anyway: reconnects use the new one.
        clients.forEach((client) => (client.provider.params = { token: server!.token }));
      }
      const roll = rng.next();
      const i = rng.int(PEERS);
      const client = clients[i]!;
      if (roll < 0.9) {
        randomOp(client.doc, rng, newIds[i]!);
        counts.ops++;
      } else if (client.provider.shouldConnect) {
        counts.disconnects++;
        if (rng.chance(0.5)) client.provider.disconnect();
        else client.drop(); // the network goes: no close handshake
      } else {
        client.provider.connect();
      }
      if (rng.chance(0.3)) await new Promise((resolve) => setTimeout(resolve, rng.int(4)));
    }
    clients.forEach((client) => client.provider.shouldConnect || client.provider.connect());
    await waitFor(
      () => {
        if (refusals.length > 0) throw new Error(`the server refused a client: ${refusals.join('; ')}`);
        return clients.every((client) => client.provider.synced && sameContent(client.doc, first));
      },
      'every client to converge',
      60_000,
    );
    expect(counts.ops).toBeGreaterThan(OPERATIONS * 0.8);
    expect(counts.disconnects).toBeGreaterThan(10);
    expect(counts.kills + counts.stops).toBe(RESTARTS);

    // The stored document, read from the SQLite file after an orderly stop, is the same board.
    await server.kill('SIGTERM');
    const storage = new SqliteStorage(join(server.dataDir, 'tavla.db'));
    const stored = await loadStoredDoc(storage, boardId);
    await storage.close();
    expectConverged([...clients.map((client) => client.doc), stored]);
  });
});
