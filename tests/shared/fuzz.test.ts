import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { checkInvariants } from '../../shared/invariants.ts';
import { createCard } from '../../shared/ops/cards.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { computeTotals } from '../../shared/sums.ts';
import { docFrom, makeBase } from './helpers/boards.ts';
import { contentOf, expectConverged } from './helpers/compare.ts';
import { Network } from './helpers/network.ts';
import { mulberry32 } from './helpers/prng.ts';
import { idMaker, randomOp } from './helpers/randomOps.ts';

const SEED = 0x7a41a;
const OPERATIONS = 10_000;
const PEERS = 5;

interface RawTotals {
  columns: Record<string, { count: number; effect: number }>;
  board: { count: number; effect: number };
}

/**
 * The sums recomputed from the raw document JSON, sharing no code with readBoard or
 * computeTotals: live cards, orphans in the first column (COL5), numeric effects only (SUM2).
 */
function rawTotals(doc: Y.Doc): RawTotals {
  const json = contentOf(doc) as { columns: Record<string, { order: string }>; cards: Record<string, { column: string; archived: boolean; effect?: unknown }> };
  const ids = Object.keys(json.columns).sort((a, b) => {
    const [ka, kb] = [json.columns[a]!.order, json.columns[b]!.order];
    return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : 1;
  });
  const totals: RawTotals = { columns: Object.fromEntries(ids.map((id) => [id, { count: 0, effect: 0 }])), board: { count: 0, effect: 0 } };
  if (ids.length === 0) return totals;
  for (const card of Object.values(json.cards)) {
    if (card.archived) continue;
    const column = totals.columns[card.column] ?? totals.columns[ids[0]!]!;
    const effect = typeof card.effect === 'number' ? card.effect : 0;
    for (const t of [column, totals.board]) {
      t.count++;
      t.effect += effect;
    }
  }
  return totals;
}

function computedTotals(doc: Y.Doc): RawTotals {
  const totals = computeTotals(readBoard(doc));
  const strip = (t: { count: number; effect: number }) => ({ count: t.count, effect: t.effect });
  return { columns: Object.fromEntries([...totals.columns].map(([id, t]) => [id, strip(t)])), board: strip(totals.board) };
}

function expectSound(docs: readonly Y.Doc[]): void {
  for (const doc of docs) {
    expect(checkInvariants(doc)).toEqual([]);
    expect(computedTotals(doc)).toEqual(rawTotals(doc));
  }
}

describe('fuzz', () => {
  // About 16 s alone on 2 cores; the margin is for a machine loaded with other work (CI).
  it(`[INV4][INV5] ${OPERATIONS} seeded random operations on ${PEERS} peers with random disconnects keep the invariants and converge`, { timeout: 240_000 }, () => {
    const rng = mulberry32(SEED);
    const base = makeBase({
      target: 20_000,
      setup: (d) => {
        for (let i = 0; i < 12; i++) createCard(d, { id: `s${i}`, column: `c${(i % 3) + 1}`, title: `Kort ${i}`, fields: { effect: i * 10 } });
      },
    });
    const docs = Array.from({ length: PEERS }, (_, i) => docFrom(base, i + 1));
    const newIds = docs.map((_, i) => idMaker(i + 1));
    const network = new Network(docs, rng, 4);
    const counts = new Map<string, number>();
    let operations = 0;
    let disconnects = 0;
    while (operations < OPERATIONS) {
      const roll = rng.next();
      if (roll < 0.55) {
        const i = rng.int(PEERS);
        const name = randomOp(docs[i]!, rng, newIds[i]!);
        counts.set(name, (counts.get(name) ?? 0) + 1);
        operations++;
        if (operations % 1000 === 0) expectSound(docs);
        if (operations % 2500 === 0) {
          network.settle();
          expectConverged(docs);
        }
      } else if (roll < 0.97) {
        for (let n = rng.int(4); n >= 0; n--) network.deliverOne();
      } else if (roll < 0.985) {
        network.disconnect(rng.int(PEERS));
        disconnects++;
      } else {
        network.reconnect(rng.int(PEERS));
      }
    }
    network.settle();
    expectConverged(docs);
    expectSound(docs);
    // The run exercised what it claims to: every kind of operation, refusals, disconnects.
    for (const name of ['createCard', 'moveCard', 'updateCardField', 'editCardText', 'archiveCard', 'restoreCard', 'addColumn', 'moveColumn', 'removeColumn']) {
      expect(counts.get(name) ?? 0, name).toBeGreaterThan(20);
    }
    expect(counts.get('refused:invalidField')).toBeGreaterThan(20);
    expect(disconnects).toBeGreaterThan(50);
    expect(readBoard(docs[0]!).cards.length).toBeGreaterThan(100);
  });
});
