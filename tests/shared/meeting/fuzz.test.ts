import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { numberParagraphs } from '../../../shared/meeting/paragraphs.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { SchemaError } from '../../../shared/schema/errors.ts';
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
 * The server numbering the minutes (MTG25): with every peer caught up, one copy numbers from the
 * next number of the series, which it then counts on; the numbers reach the others as any change.
 */
function serverNumbers(network: Network, doc: Y.Doc, next: number, done: Map<string, number>): number {
  network.settle();
  try {
    const given = numberParagraphs(doc, next);
    done.set('numberParagraphs', (done.get('numberParagraphs') ?? 0) + 1);
    return next + given.length;
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    done.set('refused:numberParagraphs', (done.get('refused:numberParagraphs') ?? 0) + 1);
    return next;
  }
}

/**
 * One meeting's life on PEERS peers: OPERATIONS random ops, each peer's document valid after each,
 * refusals changing nothing, every peer the same meeting whenever the network settles.
 */
function fuzzMeeting(seed: number, done: Map<string, number>): void {
  const rng = mulberry32(seed);
  const docs = Array.from({ length: PEERS }, (_, i) => docFrom(makeMeetingBase(), i + 1));
  // Each peer gets updates in the order they were sent, as every browser gets them from the server
  // in the order it applied them. Taken out of that order across senders, a peer could see another's
  // goToItem (or a decision) naming an item whose creation has not reached it yet: a state no client
  // of the server is ever in, which MTG13 (and MTG22) rightly refuse.
  const network = new Network(docs, rng, 1);
  const ids = docs.map((_, i) => idMaker(i + 1));
  let clock = T0;
  let nextParagraph = 1;
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
    if (rng.chance(0.04)) nextParagraph = serverNumbers(network, docs[rng.int(PEERS)]!, nextParagraph, done);
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
  it('[MTG21] [MTG24] [MTG28] random ops on peers with a dropping network, each getting updates in the order sent, always validate and converge', () => {
    const done = new Map<string, number>();
    for (let round = 0; round < ROUNDS; round++) fuzzMeeting(SEED + round, done);
    // Every operation ran, and the run operations were refused too, so the fuzz reaches what it means to.
    const ops = ['addAgendaItem', 'moveAgendaItem', 'removeAgendaItem', 'typeNotes', 'startMeeting', 'goToItem', 'nextItem', 'pauseTimer', 'startTimer', 'extendTimer', 'setItemDone', 'endMeeting'];
    const decisionOps = ['addDecision', 'updateDecision', 'typeDecision', 'moveDecision', 'removeDecision', 'numberParagraphs', 'setMinutesField', 'setAdjusters', 'approve', 'addCorrection'];
    for (const op of [...ops, ...decisionOps]) {
      expect(done.get(op) ?? 0, op).toBeGreaterThan(0);
    }
    for (const op of ['startMeeting', 'goToItem', 'nextItem', 'extendTimer', 'moveAgendaItem', 'removeDecision', 'moveDecision', 'approve', 'addCorrection', 'removeAgendaItem']) expect(done.get(`refused:${op}`) ?? 0, op).toBeGreaterThan(0);
  }, 60_000);
});
