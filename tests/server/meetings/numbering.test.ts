import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addDecision } from '../../../shared/meeting/decisionOps.ts';
import { getMinutes } from '../../../shared/meeting/meetingDoc.ts';
import { meetingStatus } from '../../../shared/meeting/meetingLookup.ts';
import { approve, setAdjusters } from '../../../shared/meeting/minutesOps.ts';
import { numberParagraphs } from '../../../shared/meeting/paragraphs.ts';
import { endMeeting, startMeeting } from '../../../shared/meeting/runOps.ts';
import { appendEdit, handMadeUpdate, useAttackers } from '../../helpers/serverAttacker.ts';
import { authHeaders } from '../../helpers/serverAuth.ts';
import { loadStoredDoc } from '../../helpers/serverBoards.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { synced, type ProviderClient } from '../../helpers/serverProvider.ts';
import { waitFor } from '../../helpers/serverWait.ts';
import { memberOf, storedMeeting } from './meetingFixture.ts';
import { appendDecisions, meetingOf, paragraphsByMatter, storedParagraphs as stored } from './numberingFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 256 * 1024 });
const attack = useAttackers(fx);

const meeting = (group: string, date = '2025-04-15') => meetingOf(fx.url, fx.token, fx.storage, group, date);

/** True once every decision `client` holds has a paragraph, and it holds `count`. */
const allNumbered = (client: ProviderClient, count: number): boolean => {
  const paragraphs = Object.values(paragraphsByMatter(client.doc));
  return paragraphs.length === count && paragraphs.every((p) => p !== undefined);
};

/** Clients of `id`: the admin (the facilitator) and one editor account per name, each on its own socket, synced. */
async function clientsOf(id: string, editors: readonly string[]): Promise<ProviderClient[]> {
  const tokens = [fx.token];
  for (const name of editors) tokens.push(await memberOf(fx, id, 'editor', name));
  const clients = tokens.map((token) => fx.provider(id, token));
  await Promise.all(clients.map(synced));
  return clients;
}

const storedParagraphs = (id: string) => stored(fx.storage, id);

describe('the server numbers when the meeting ends (MTS18)', () => {
  it('[MTS18][MTG25][MTG24] two editors add decisions to one item and to others at the same moment; the facilitator ends the meeting: § 1–§ 5 in agenda order on every client and in storage', async () => {
    const id = await meeting('Numrering samtidigt');
    const [facilitator, anna, bo] = await clientsOf(id, ['Anna Berg', 'Bo Ek']);
    startMeeting(facilitator!.doc, Date.now());
    await waitFor(() => meetingStatus(anna!.doc) === 'running' && meetingStatus(bo!.doc) === 'running', 'the meeting to run on both editors');
    // Neither editor has seen the other's decisions: both write before any update has travelled.
    addDecision(anna!.doc, 'i1', { matter: 'Anna i1 a' });
    addDecision(bo!.doc, 'i1', { matter: 'Bo i1' });
    addDecision(anna!.doc, 'i3', { matter: 'Anna i3' });
    addDecision(bo!.doc, 'i2', { matter: 'Bo i2' });
    addDecision(anna!.doc, 'i1', { matter: 'Anna i1 b' });
    await waitFor(() => Object.keys(paragraphsByMatter(facilitator!.doc)).length === 5, 'the facilitator to hold all five decisions');
    endMeeting(facilitator!.doc, Date.now());
    await waitFor(() => [facilitator!, anna!, bo!].every((client) => allNumbered(client, 5)), 'every client to get the numbers');
    const numbers = paragraphsByMatter(facilitator!.doc);
    expect(new Set([numbers['Anna i1 a'], numbers['Anna i1 b'], numbers['Bo i1']])).toEqual(new Set([1, 2, 3]));
    expect([numbers['Bo i2'], numbers['Anna i3']]).toEqual([4, 5]);
    expect(paragraphsByMatter(anna!.doc)).toEqual(numbers);
    expect(paragraphsByMatter(bo!.doc)).toEqual(numbers);
    expect(await storedParagraphs(id)).toEqual(numbers);
  });

  it('[MTS18][MTS16] two meetings of one group and year ending at the same moment: one series § 1–§ 5, each meeting’s own run, no duplicate', async () => {
    const [a, b] = [await meeting('Numrering två möten', '2025-04-15'), await meeting('Numrering två möten', '2025-06-18')];
    await appendDecisions(fx.storage, a, ['i1:A1', 'i2:A2', 'i3:A3']);
    await appendDecisions(fx.storage, b, ['i1:B1', 'i3:B3']);
    const [fa, fb] = [fx.provider(a), fx.provider(b)];
    await Promise.all([synced(fa), synced(fb)]);
    startMeeting(fa.doc, Date.now());
    startMeeting(fb.doc, Date.now());
    await waitFor(async () => (await storedMeeting(fx.storage, a)).run.status === 'running' && (await storedMeeting(fx.storage, b)).run.status === 'running', 'both meetings to run');
    // Both ends are stored together, so both rooms number at once.
    const release = fx.storage.hold('appendUpdate');
    endMeeting(fa.doc, Date.now());
    endMeeting(fb.doc, Date.now());
    await waitFor(() => fx.storage.waiting.get('appendUpdate') === 2, 'both ends to wait at the append');
    release();
    await waitFor(() => allNumbered(fa, 3) && allNumbered(fb, 2), 'both meetings to be numbered');
    const [na, nb] = [paragraphsByMatter(fa.doc), paragraphsByMatter(fb.doc)];
    expect([...Object.values(na), ...Object.values(nb)].sort()).toEqual([1, 2, 3, 4, 5]);
    expect([na.A1, na.A2, na.A3]).toEqual(na.A1 === 1 ? [1, 2, 3] : [3, 4, 5]);
    expect(nb.B3).toBe(nb.B1! + 1);
  });

  it('[MTS18] ending numbers what the meeting holds then; a decision added afterwards waits for POST …/numbering, which goes on from § 2', async () => {
    const id = await meeting('Numrering efter slut');
    await appendDecisions(fx.storage, id, ['i1:Före']);
    const [facilitator] = await clientsOf(id, []);
    startMeeting(facilitator!.doc, Date.now());
    endMeeting(facilitator!.doc, Date.now());
    await waitFor(() => allNumbered(facilitator!, 1), 'the decision to be numbered');
    addDecision(facilitator!.doc, 'i2', { matter: 'Efter' });
    await waitFor(async () => Object.keys(await storedParagraphs(id)).length === 2, 'the late decision to be stored');
    expect(await storedParagraphs(id)).toEqual({ Före: 1, Efter: undefined });
    const asked = await fetch(`${fx.url}/api/meetings/${id}/numbering`, { method: 'POST', headers: authHeaders(fx.token) });
    expect(await asked.json()).toEqual({ numbered: [{ decisionId: expect.any(String), paragraph: 2 }] });
    await waitFor(() => allNumbered(facilitator!, 2), 'the client to get § 2');
  });

  it('[MTS18][MTS17] a numbering that fails in storage after the end leaves the end stored, nothing numbered, the client connected; asked again, § 1 and § 2', async () => {
    const id = await meeting('Numrering fel');
    await appendDecisions(fx.storage, id, ['i1:Ett', 'i2:Två']);
    const [facilitator] = await clientsOf(id, []);
    startMeeting(facilitator!.doc, Date.now());
    fx.storage.fail('lastParagraph');
    try {
      endMeeting(facilitator!.doc, Date.now());
      await waitFor(() => fx.logs.lines.some((line) => line.event === 'server_write_failed' && line.docId === id), 'the failed numbering to be logged');
    } finally {
      fx.storage.fail('lastParagraph', false);
    }
    expect((await storedMeeting(fx.storage, id)).run.status).toBe('ended');
    expect(await storedParagraphs(id)).toEqual({ Ett: undefined, Två: undefined });
    expect(facilitator!.provider.wsconnected).toBe(true);
    const asked = await fetch(`${fx.url}/api/meetings/${id}/numbering`, { method: 'POST', headers: authHeaders(fx.token) });
    expect(((await asked.json()) as { numbered: { paragraph: number }[] }).numbered.map((n) => n.paragraph)).toEqual([1, 2]);
    await waitFor(() => allNumbered(facilitator!, 2), 'the client to get the numbers');
  });

  it('[MTS17] a numbering asked for while storage fails answers an error and changes nothing: no number on the client, the counter where it was; then § 1 with no gap', async () => {
    const id = await meeting('Numrering lagring');
    await appendDecisions(fx.storage, id, ['i1:Ett']);
    const [facilitator] = await clientsOf(id, []);
    const ask = () => fetch(`${fx.url}/api/meetings/${id}/numbering`, { method: 'POST', headers: authHeaders(fx.token) });
    fx.storage.fail('appendUpdate');
    try {
      expect((await ask()).status).toBe(500);
    } finally {
      fx.storage.fail('appendUpdate', false);
    }
    expect(paragraphsByMatter(facilitator!.doc)).toEqual({ Ett: undefined });
    expect(await fx.storage.lastParagraph({ series: 'group:Numrering lagring', year: 2025 })).toBe(0);
    expect(((await (await ask()).json()) as { numbered: { paragraph: number }[] }).numbered.map((n) => n.paragraph)).toEqual([1]);
    await waitFor(() => allNumbered(facilitator!, 1), 'the client to get § 1');
  });
});

describe('the server writes the approved status (MTS19)', () => {
  it('[MTS19][MTG27] the last two justerare approve at once, each writing only their own approval: the server writes status approved, stored and on every client', async () => {
    const id = await meeting('Justering samtidigt');
    await appendDecisions(fx.storage, id, ['i1:COSMIC'], { ended: true });
    const [anna, bo] = [await memberOf(fx, id, 'editor', 'Anna Justerare'), await memberOf(fx, id, 'editor', 'Bo Justerare')];
    const idOf = async (token: string) => ((await (await fetch(`${fx.url}/api/auth/me`, { headers: authHeaders(token) })).json()) as { user: { id: string } }).user.id;
    const [annaId, boId] = [await idOf(anna), await idOf(bo)];
    await appendEdit(fx.storage, id, (doc) => {
      numberParagraphs(doc, 1);
      setAdjusters(doc, [
        { userId: annaId, name: 'Anna Justerare' },
        { userId: boId, name: 'Bo Justerare' },
      ]);
    });
    const watcher = fx.provider(id);
    await synced(watcher);
    // Both made from the same state: neither approval sees the other, so neither writes the status.
    const approvals = [await handMadeUpdate(fx.storage, id, (doc) => approve(doc, annaId, new Date().toISOString())), await handMadeUpdate(fx.storage, id, (doc) => approve(doc, boId, new Date().toISOString()))];
    const status = (doc: Y.Doc) => getMinutes(doc).get('status');
    const storedStatus = async () => {
      const doc = await loadStoredDoc(fx.storage, id);
      const stored = status(doc);
      doc.destroy();
      return stored;
    };
    await (await attack(id, anna)).send(approvals[0]!);
    expect(await storedStatus()).toBeUndefined();
    const second = await attack(id, bo);
    await second.send(approvals[1]!);
    expect(second.denied).toEqual([]);
    await waitFor(() => status(watcher.doc) === 'approved', 'the watcher to get the approved status');
    expect(await storedStatus()).toBe('approved');
  });
});
