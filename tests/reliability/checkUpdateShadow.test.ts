import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getCardsMap, getColumnsMap, getMeta } from '../../shared/doc.ts';
import { checkInvariants } from '../../shared/invariants.ts';
import { createCard } from '../../shared/ops/cards.ts';
import { validateDoc } from '../../shared/schema/validateDoc.ts';
import { checkUpdate } from '../../server/sync/checkUpdate.ts';
import { inspectUpdate } from '../../server/sync/inspectUpdate.ts';
import { tryOnShadow } from '../../server/sync/shadowDoc.ts';
import { contentOf } from '../shared/helpers/compare.ts';
import { docFrom, makeBase } from '../shared/helpers/boards.ts';
import { mulberry32, type Rng } from '../shared/helpers/prng.ts';
import { idMaker, randomOp } from '../shared/helpers/randomOps.ts';

const SEED = 0x5ad0;
const STEPS = 800;

/** The check as it was before the shadow: a fresh copy of the document and a full validateDoc, per update. */
function fullCheck(doc: Y.Doc, update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
  } catch {
    return false;
  }
  const scratch = new Y.Doc();
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(scratch, update);
    return validateDoc(scratch).length === 0;
  } catch {
    return false;
  } finally {
    scratch.destroy();
  }
}

const passes = (doc: Y.Doc, update: Uint8Array, refuseAfter: boolean): boolean => {
  try {
    inspectUpdate(doc, update, () => refuseAfter);
    return true;
  } catch {
    return false;
  }
};

/** Edits a client may send that break the schema, each in one transaction, as a hostile client could. */
const BAD_EDITS: ((doc: Y.Doc, rng: Rng) => void)[] = [
  (doc, rng) => getCardsMap(doc).get(rng.pick([...getCardsMap(doc).keys()]))?.set('effect', 'tolv'),
  (doc, rng) => getCardsMap(doc).get(rng.pick([...getCardsMap(doc).keys()]))?.delete('order'),
  (doc, rng) => getCardsMap(doc).get(rng.pick([...getCardsMap(doc).keys()]))?.set('nope', 1),
  (doc) => getCardsMap(doc).set('ogiltigt id!', new Y.Map()),
  (doc) => doc.transact(() => {
    getMeta(doc).delete('laneField');
    getMeta(doc).set('kind', 'assignments'); // every measures field of every card is now unknown
  }),
  (doc) => getMeta(doc).set('schemaVersion', 99),
  (doc, rng) => getColumnsMap(doc).get(rng.pick([...getColumnsMap(doc).keys()]))?.set('title', 7),
  (doc) => doc.getMap('evil').set('x', 1),
];

describe('checkUpdate on a shadow copy (the fan-out fix)', () => {
  // 16 s alone on 2 cores, each step a full check to compare with; the margin is for a loaded machine.
  it(`[BAD5] agrees with a fresh full check on ${STEPS} seeded good, bad, refused and out-of-order updates`, { timeout: 120_000 }, () => {
    const rng = mulberry32(SEED);
    const base = makeBase({ setup: (d) => [0, 1, 2, 3, 4, 5].forEach((i) => createCard(d, { id: `s${i}`, column: 'c1', title: `Kort ${i}`, fields: { effect: i } })) });
    const server = docFrom(base, 999);
    const peers = [1, 2, 3].map((id) => docFrom(base, id));
    const newIds = peers.map((_, i) => idMaker(i + 1));
    const held: Uint8Array[] = [];
    const counts = { accepted: 0, refusedByCheck: 0, refusedByCaller: 0, heldBack: 0 };
    for (let step = 0; step < STEPS; step++) {
      const i = rng.int(peers.length);
      const peer = peers[i]!;
      const updates: Uint8Array[] = [];
      const capture = (update: Uint8Array) => updates.push(update);
      peer.on('update', capture);
      const hostile = rng.chance(0.12);
      if (hostile) rng.pick(BAD_EDITS)(peer, rng);
      else randomOp(peer, rng, newIds[i]!);
      peer.off('update', capture);
      if (updates.length === 0) continue;
      const update = Y.mergeUpdates(updates);
      // Sometimes an update is held back and sent after the next one (it then waits as pending structs).
      if (rng.chance(0.05) && held.length === 0) {
        held.push(update);
        counts.heldBack++;
        continue;
      }
      for (const sent of [update, ...held.splice(0)]) {
        const expected = fullCheck(server, sent);
        const refuseAfter = expected && rng.chance(0.05); // the caller (role gate) refuses it after the check
        expect(passes(server, sent, refuseAfter), `step ${step}`).toBe(expected);
        if (expected && !refuseAfter) {
          Y.applyUpdate(server, sent);
          counts.accepted++;
        } else if (expected) counts.refusedByCaller++;
        else counts.refusedByCheck++;
        expect(validateDoc(server)).toEqual([]);
      }
      // A hostile peer, and now and then one whose change was refused, starts again from the server's document.
      for (const [k, doc] of peers.entries()) {
        if ((k === i && hostile) || (rng.chance(0.1) && !sameContent(doc, server))) {
          doc.destroy();
          peers[k] = docFrom(Y.encodeStateAsUpdate(server), k + 1 + 10 * (step + 1));
        }
      }
    }
    expect(counts.accepted).toBeGreaterThan(STEPS / 2);
    expect(counts.refusedByCheck).toBeGreaterThan(20);
    expect(counts.refusedByCaller).toBeGreaterThan(5);
    expect(checkInvariants(server)).toEqual([]);
    // The shadow still mirrors the document exactly.
    expect(tryOnShadow(server, (shadow) => contentOf(shadow))).toEqual(contentOf(server));
  });

  it('[BAD5][ORD5] the update that settles a document is checked against every card, as a full check would', () => {
    const base = makeBase({ setup: (d) => createCard(d, { id: 's1', column: 'c1', title: 'Kort' }) });
    const server = docFrom(base, 999);
    const writer = docFrom(base, 1);
    const edits: Uint8Array[] = [];
    writer.on('update', (update: Uint8Array) => edits.push(update));
    createCard(writer, { id: 'x', column: 'c2', title: 'Ny' });
    getCardsMap(writer).get('x')!.set('unit', 'Medicin');
    const [first, second] = edits as [Uint8Array, Uint8Array];
    checkUpdate(server, second);
    Y.applyUpdate(server, second); // waits for `first`: the document is not settled
    const hostile = docFrom(Y.encodeStateAsUpdate(server), 2);
    const removal: Uint8Array[] = [];
    hostile.on('update', (update: Uint8Array) => removal.push(update));
    getCardsMap(hostile).get('s1')!.delete('order'); // allowed while a pending update may still bring it (ORD5)
    expect(fullCheck(server, removal[0]!)).toBe(true);
    checkUpdate(server, removal[0]!);
    Y.applyUpdate(server, removal[0]!);
    // `first` settles the document; s1 then lacks its order for good, and a full check refuses it.
    expect(fullCheck(server, first)).toBe(false);
    expect(() => checkUpdate(server, first)).toThrow(/order/);
  });
});

const sameContent = (a: Y.Doc, b: Y.Doc): boolean => JSON.stringify(contentOf(a)) === JSON.stringify(contentOf(b));
