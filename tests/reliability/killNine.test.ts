import { afterAll, describe, expect, it } from 'vitest';
import { getCardsMap } from '../../shared/doc.ts';
import { addLogCard, Editor, LOG_CARD, missing, writtenIn } from '../helpers/reliabilityEditors.ts';
import { startReliabilityServer, type ReliabilityServer } from '../helpers/reliabilityServer.ts';
import { mulberry32 } from '../shared/helpers/prng.ts';
import { connectProvider, synced, type ProviderClient } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';

const LONG = process.env.RELIABILITY_LONG === '1';
const TRIALS = LONG ? 100 : 20;
const EDITORS = 3;
const SEED = 0x4b111;

let server: ReliabilityServer | undefined;
afterAll(() => server?.dispose());

describe('kill -9 while clients edit', () => {
  it(`[SRV12] ${TRIALS} trials: SIGKILL at a seeded random moment loses nothing any client had received`, { timeout: TRIALS * 15_000 }, async () => {
    const rng = mulberry32(SEED);
    server = await startReliabilityServer();
    let receivedInAll = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const boardId = await server.createBoard(`Kill ${trial}`, 'measures');
      const clients: ProviderClient[] = Array.from({ length: EDITORS }, () => connectProvider(server!.url, boardId, server!.token));
      await Promise.all(clients.map(synced));
      addLogCard(clients[0]!.doc);
      await waitFor(() => clients.every((client) => getCardsMap(client.doc).has(LOG_CARD)), 'every editor to see the log card');
      const editors = clients.map((client, i) => new Editor(client, i));

      // Each editor edits every 2-4 ms; the server is killed at a random moment 20-500 ms in.
      const timers = editors.map((editor) => setInterval(() => editor.edit(), 2 + rng.int(3)));
      await new Promise((resolve) => setTimeout(resolve, 20 + rng.int(480)));
      await server.kill('SIGKILL');
      timers.forEach(clearInterval);
      clients.forEach((client) => client.destroy());

      await server.restart();
      const reader = connectProvider(server.url, boardId, server.token);
      await synced(reader);
      const recovered = writtenIn(reader.doc);
      reader.destroy();
      for (const editor of editors) {
        expect(missing(editor.received, recovered), `trial ${trial}, editor ${editor.index}`).toEqual([]);
        receivedInAll += editor.received.cards.size + editor.received.tokens.size;
      }
    }
    // The trials attacked something: the editors received each other's edits before the kills.
    expect(receivedInAll).toBeGreaterThan(TRIALS * 10);
  });
});
