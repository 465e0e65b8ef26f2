import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { validateMeeting } from '../../../shared/meeting/validateMeeting.ts';
import { docFrom } from '../helpers/boards.ts';
import { Network } from '../helpers/network.ts';
import { mulberry32 } from '../helpers/prng.ts';
import { idMaker } from '../helpers/randomOps.ts';
import { expectMeetingsConverged, makeMeetingBase } from './helpers/meetings.ts';
import { randomMeetingOp } from './helpers/randomMeetingOps.ts';

const SEED = 0x4d7447;
const ROUNDS = 12;
const OPERATIONS = 500;
const PEERS = 4;
const T0 = 1_744_700_000_000;

/** MTG14: at most one item reads as running, and only the current item of a running meeting. */
function expectOneRunning(doc: Y.Doc): void {
  const { run, progress } = readMeeting(doc);
  const running = Object.entries(progress).flatMap(([id, p]) => (p.runningSince === undefined ? [] : [id]));
  expect(running).toEqual(run.status === 'running' && run.currentItem !== undefined && running.length > 0 ? [run.currentItem] : []);
}

/**
 * One meeting's life on PEERS peers: OPERATIONS random ops, each peer's document valid after each,
 * refusals changing nothing, every peer the same meeting whenever the network settles.
 */
function fuzzMeeting(seed: number, done: Map<string, number>): void {
  const rng = mulberry32(seed);
  const docs = Array.from({ length: PEERS }, (_, i) => docFrom(makeMeetingBase(), i + 1));
  const network = new Network(docs, rng, 8);
  const ids = docs.map((_, i) => idMaker(i + 1));
  let clock = T0;
  for (let step = 0; step < OPERATIONS; step++) {
    clock += rng.int(20_000);
    const peer = rng.int(PEERS);
    const doc = docs[peer]!;
    // Each peer's `now` is the server's clock, read a little earlier or later.
    const now = clock - rng.int(3_000);
    const before = Y.encodeStateVector(doc);
    const name = randomMeetingOp(doc, rng, now, ids[peer]!);
    done.set(name, (done.get(name) ?? 0) + 1);
    if (!name.startsWith('refused:') && !name.startsWith('skipped:')) {
      expect(validateMeeting(doc)).toEqual([]);
    } else expect(Y.encodeStateVector(doc)).toEqual(before);
    expectOneRunning(doc);
    if (rng.chance(0.02)) network.disconnect(rng.int(PEERS));
    if (rng.chance(0.05)) network.reconnect(rng.int(PEERS));
    for (let i = rng.int(4); i > 0; i--) network.deliverOne();
    if (step % 100 === 99) {
      network.settle();
      expectMeetingsConverged(docs);
      docs.forEach(expectOneRunning);
    }
  }
  network.settle();
  expectMeetingsConverged(docs);
}

describe('meeting fuzz', () => {
  it('[MTG21] random ops on peers with a reordering, dropping network always validate and converge', () => {
    const done = new Map<string, number>();
    for (let round = 0; round < ROUNDS; round++) fuzzMeeting(SEED + round, done);
    // Every operation ran, and the run operations were refused too, so the fuzz reaches what it means to.
    for (const op of ['addAgendaItem', 'moveAgendaItem', 'removeAgendaItem', 'typeNotes', 'startMeeting', 'goToItem', 'nextItem', 'pauseTimer', 'startTimer', 'extendTimer', 'setItemDone', 'endMeeting']) {
      expect(done.get(op) ?? 0, op).toBeGreaterThan(0);
    }
    for (const op of ['startMeeting', 'goToItem', 'nextItem', 'extendTimer', 'moveAgendaItem']) expect(done.get(`refused:${op}`) ?? 0, op).toBeGreaterThan(0);
  }, 60_000);
});
