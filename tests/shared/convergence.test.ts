import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCard } from '../../shared/ops/cards.ts';
import { addReport } from '../../shared/ops/reports.ts';
import type { BoardKind } from '../../shared/schema/board.ts';
import { docFrom, makeBase } from './helpers/boards.ts';
import { expectConverged } from './helpers/compare.ts';
import { Network } from './helpers/network.ts';
import { mulberry32 } from './helpers/prng.ts';
import { idMaker, randomOp } from './helpers/randomOps.ts';

/** A board with a few cards (and reports) that every peer starts from. */
function seededBase(kind: BoardKind): Uint8Array {
  return makeBase({
    kind,
    setup: (d) => {
      for (let i = 0; i < 6; i++) createCard(d, { id: `s${i}`, column: `c${(i % 3) + 1}`, title: `Kort ${i}` });
      if (kind === 'assignments') addReport(d, 's0', '2025-01');
    },
  });
}

/**
 * Peers edit concurrently without seeing each other, then every update made is delivered to
 * every peer in its own random order (captured update events, not whole states).
 */
function editThenShuffle(peers: number, kind: BoardKind, seed: number, opsPerPeer: number): Y.Doc[] {
  const rng = mulberry32(seed);
  const base = seededBase(kind);
  const docs = Array.from({ length: peers }, (_, i) => docFrom(base, i + 1));
  const made: { from: number; update: Uint8Array }[] = [];
  docs.forEach((doc, i) => {
    doc.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && made.push({ from: i, update }));
    const newId = idMaker(i + 1);
    for (let n = 0; n < opsPerPeer; n++) randomOp(doc, rng, newId);
  });
  docs.forEach((doc, i) => {
    for (const { from, update } of rng.shuffle(made)) if (from !== i) Y.applyUpdate(doc, update, 'remote');
  });
  return docs;
}

describe('convergence', () => {
  for (const peers of [2, 3, 4, 5]) {
    for (const kind of ['measures', 'assignments'] as const) {
      it(`[INV5] ${peers} peers on a ${kind} board converge whatever order updates arrive in`, () => {
        for (let seed = 1; seed <= 5; seed++) expectConverged(editThenShuffle(peers, kind, seed * 7919 + peers, 25));
      });
    }
  }

  it('[INV5] peers that keep editing while updates arrive out of order converge once settled', () => {
    const rng = mulberry32(42);
    const base = seededBase('assignments');
    const docs = Array.from({ length: 4 }, (_, i) => docFrom(base, i + 1));
    const ids = docs.map((_, i) => idMaker(i + 1));
    const network = new Network(docs, rng);
    for (let step = 0; step < 600; step++) {
      if (rng.chance(0.5)) network.deliverOne();
      else {
        const i = rng.int(docs.length);
        randomOp(docs[i]!, rng, ids[i]!);
      }
    }
    network.settle();
    expectConverged(docs);
    expect(docs[0]!.getMap('cards').size).toBeGreaterThan(6);
  });
});
