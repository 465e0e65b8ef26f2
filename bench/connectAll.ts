import type { BenchClient, Target } from './target.ts';
import { withTimeout } from './withTimeout.ts';

/** How many clients connect at once: enough to be quick, few enough not to overflow the listen backlog. */
const BATCH = 100;

/** Connects one client per board id given, in batches, and resolves once every one has synced. */
export async function connectAll(target: Target, boardIds: readonly string[]): Promise<BenchClient[]> {
  const clients: BenchClient[] = [];
  for (let start = 0; start < boardIds.length; start += BATCH) {
    const batch = boardIds.slice(start, start + BATCH).map((id) => target.connect(id));
    clients.push(...batch);
    await withTimeout(Promise.all(batch.map((client) => client.synced)), 60_000, `${target.name}: ${batch.length} clients to sync`);
  }
  return clients;
}
