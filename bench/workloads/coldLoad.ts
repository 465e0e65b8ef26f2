import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { getCardsMap } from '../../shared/doc.ts';
import { COLD_BOARD_ID, WARM_UP_BOARD_ID } from '../coldBoard.ts';
import { median } from '../stats.ts';
import type { Target } from '../target.ts';
import { withTimeout } from '../withTimeout.ts';

/**
 * Time from a client's connect until it has synced `boardId` (the cold board unless given), median of `trials`, each on
 * its own copy of `database` and its own fresh server process (`start` starts one on a data dir).
 * `warm`: the server has first served the warm-up board of as many cards (and dropped it), so its
 * code is compiled for documents that size and only the board is cold, as on a server that has
 * been running.
 * Otherwise the cold board is the fresh process's very first request.
 */
export async function coldLoad(
  start: (dataDir: string) => Promise<Target>,
  database: string,
  trials: number,
  cards: number,
  warm: boolean,
  boardId = COLD_BOARD_ID,
): Promise<{ ms: number; trials: number[] }> {
  const times: number[] = [];
  for (let t = 0; t < trials; t++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'tavla-bench-cold-'));
    copyFileSync(database, join(dataDir, basename(database)));
    const target = await start(dataDir);
    try {
      if (warm) {
        const warmUp = target.connect(WARM_UP_BOARD_ID);
        await withTimeout(warmUp.synced, 30_000, `${target.name} to load the warm-up board`);
        warmUp.destroy();
        await new Promise((resolve) => setTimeout(resolve, 500)); // the room unloads
      }
      const startedAt = performance.now();
      const client = target.connect(boardId);
      await withTimeout(client.synced, 120_000, `${target.name} to load the cold board`);
      times.push(performance.now() - startedAt);
      const loaded = getCardsMap(client.doc).size;
      client.destroy();
      if (loaded !== cards) throw new Error(`${target.name} loaded ${loaded} cards, not ${cards}`);
    } finally {
      await target.stop(); // SIGTERM, so a --profile run writes its CPU profile; the copy is thrown away anyway
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return { ms: median(times), trials: times };
}
