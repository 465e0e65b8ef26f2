import { cardId, editCard, hasEdit } from '../boardContent.ts';
import { summarize, type LatencySummary } from '../stats.ts';
import type { Target } from '../target.ts';
import { withTimeout } from '../withTimeout.ts';

const WARM_UP = 10;
const TIMEOUT_MS = 10_000;

interface Pair {
  writer: ReturnType<Target['connect']>;
  receiver: ReturnType<Target['connect']>;
}

/**
 * The same one-receiver edit against two servers that differ only in their storage, rounds
 * alternating between them so that both see the same background load of a shared machine.
 * Returns each side's latency; the difference of the medians is what storing adds.
 */
export async function storeCost(a: Target, b: Target, rounds: number, cards: number): Promise<[LatencySummary, LatencySummary]> {
  const pairs: Pair[] = [];
  for (const target of [a, b]) {
    const boardId = await target.createBoard(cards);
    const writer = target.connect(boardId);
    const receiver = target.connect(boardId);
    await withTimeout(Promise.all([writer.synced, receiver.synced]), 30_000, `two clients of ${target.name} to sync`);
    pairs.push({ writer, receiver });
  }
  const samples: [number[], number[]] = [[], []];
  for (let r = 0; r < WARM_UP + rounds; r++) {
    for (const side of [0, 1] as const) {
      const { writer, receiver } = pairs[side]!;
      const card = cardId(r % cards);
      const marker = `store-${r}`;
      const arrived = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('an edit did not arrive')), TIMEOUT_MS);
        const onUpdate = () => {
          if (!hasEdit(receiver.doc, card, marker)) return;
          receiver.doc.off('update', onUpdate);
          clearTimeout(timer);
          resolve(performance.now());
        };
        receiver.doc.on('update', onUpdate);
      });
      const startedAt = performance.now();
      editCard(writer.doc, card, marker);
      const at = await arrived;
      if (r >= WARM_UP) samples[side].push(at - startedAt);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }
  pairs.forEach(({ writer, receiver }) => [writer, receiver].forEach((client) => client.destroy()));
  return [summarize(samples[0]), summarize(samples[1])];
}
