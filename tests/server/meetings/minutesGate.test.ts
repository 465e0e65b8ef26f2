import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addCorrection, addDecision, updateDecision } from '../../../shared/meeting/decisionOps.ts';
import { getApprovals, getDecisions, getItemNotes, getMinutes } from '../../../shared/meeting/meetingDoc.ts';
import { approve, setAdjusters } from '../../../shared/meeting/minutesOps.ts';
import { numberParagraphs } from '../../../shared/meeting/paragraphs.ts';
import { endMeeting, setItemDone, startMeeting } from '../../../shared/meeting/runOps.ts';
import { MAX_CLOCK_SKEW_MS } from '../../../shared/meeting/meetingSchema.ts';
import { appendEdit, storedState, useAttackers, type Attacker } from '../../helpers/serverAttacker.ts';
import { authHeaders } from '../../helpers/serverAuth.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { waitFor } from '../../helpers/serverWait.ts';
import { appendAgenda, createMeetingAs, memberOf, sendEdit, storedMeeting } from './meetingFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 256 * 1024 });
const attack = useAttackers(fx);

/** A justerare: an editor of the meeting, its session token and account id. */
interface Adjuster {
  token: string;
  userId: string;
}

async function adjusterOf(id: string, name: string): Promise<Adjuster> {
  const token = await memberOf(fx, id, 'editor', name);
  const me = (await (await fetch(`${fx.url}/api/auth/me`, { headers: authHeaders(token) })).json()) as { user: { id: string } };
  return { token, userId: me.user.id };
}

/**
 * An ended meeting with a decision in items 1 and 3, numbered § 1 and § 2 (`d1`, `d3`), and two
 * justerare who have not yet approved, written straight into storage as the seeds would.
 */
async function endedMeeting(): Promise<{ id: string; anna: Adjuster; bo: Adjuster }> {
  const id = await createMeetingAs(fx.url, fx.token);
  await appendAgenda(fx.storage, id);
  const [anna, bo] = [await adjusterOf(id, 'Anna Justerare'), await adjusterOf(id, 'Bo Justerare')];
  await appendEdit(fx.storage, id, (doc) => {
    addDecision(doc, 'i1', { id: 'd1', matter: 'COSMIC', text: 'att godkänna planen' });
    addDecision(doc, 'i3', { id: 'd3', matter: 'Civil beredskap', text: 'att fastställa övningen' });
    startMeeting(doc, Date.now());
    endMeeting(doc, Date.now());
    numberParagraphs(doc, 1);
    setAdjusters(doc, [
      { userId: anna.userId, name: 'Anna Justerare' },
      { userId: bo.userId, name: 'Bo Justerare' },
    ]);
  });
  return { id, anna, bo };
}

/** The same meeting, approved by both justerare: its minutes are locked (MTG28). */
async function approvedMeeting(): Promise<{ id: string; anna: Adjuster; bo: Adjuster }> {
  const meeting = await endedMeeting();
  await appendEdit(fx.storage, meeting.id, (doc) => {
    approve(doc, meeting.anna.userId, new Date().toISOString());
    approve(doc, meeting.bo.userId, new Date().toISOString());
  });
  return meeting;
}

const send = (attacker: Attacker, id: string, edit: (doc: Y.Doc) => void) => sendEdit(fx.storage, attacker, id, edit);
const stored = (id: string) => storedMeeting(fx.storage, id);

/** Every decision the stored meeting holds, in the minutes' order. */
const storedDecisions = async (id: string) => Object.values((await stored(id)).decisions.byItem).flat();

const decisionText = (doc: Y.Doc, id: string) => getDecisions(doc).get(id)!.get('text') as Y.Text;

/** Changes to approved minutes, written directly on the document as a raw client may (the ops themselves refuse them). */
const LOCKED_EDITS: [string, (doc: Y.Doc) => void][] = [
  ['edit an approved decision’s text', (doc) => decisionText(doc, 'd1').insert(0, 'inte ')],
  ['change the chair', (doc) => getMinutes(doc).set('chair', 'Någon Annan')],
  ['type in an item’s notes', (doc) => getItemNotes(doc, 'i1')!.insert(0, 'Tillägg: ')],
  ['set the minutes back to draft', (doc) => getMinutes(doc).set('status', 'draft')],
];

describe('approved minutes are locked on the server (MTS13)', () => {
  it.each(LOCKED_EDITS)('[MTS13][MTG28] the admin’s raw update that tries to %s is refused (minutes_locked, 4403), nothing stored', async (_what, edit) => {
    const { id } = await approvedMeeting();
    const admin = await attack(id);
    const before = await storedState(fx.storage, id);
    await send(admin, id, edit);
    expect(admin.denied).toEqual(['minutes_locked']);
    expect(admin.closed).toEqual({ code: 4403, reason: 'update_refused' });
    expect(await storedState(fx.storage, id)).toEqual(before);
  });

  it('[MTS13] an editor’s correction that also edits the decision in place is refused whole: the correction is not stored either', async () => {
    const { id } = await approvedMeeting();
    const editor = await attack(id, await memberOf(fx, id, 'editor'));
    const before = await storedState(fx.storage, id);
    await send(editor, id, (doc) => {
      addCorrection(doc, 'd1', 'att godkänna den reviderade planen');
      decisionText(doc, 'd1').insert(0, 'X');
    });
    expect(editor.denied).toEqual(['minutes_locked']);
    expect(await storedState(fx.storage, id)).toEqual(before);
  });

  it('[MTS13][MTG29] an editor’s Rättelse after approval is stored; the facilitator still marks an item done (the running state is not in the minutes)', async () => {
    const { id } = await approvedMeeting();
    const editor = await attack(id, await memberOf(fx, id, 'editor'));
    await send(editor, id, (doc) => void addCorrection(doc, 'd1', 'att godkänna den reviderade planen'));
    expect(editor.denied).toEqual([]);
    await waitFor(async () => (await storedDecisions(id)).some((d) => d.correctionOf === 'd1'), 'the correction to be stored');
    const facilitator = await attack(id, await memberOf(fx, id, 'facilitator'));
    await send(facilitator, id, (doc) => setItemDone(doc, 'i2', false));
    expect(facilitator.denied).toEqual([]);
    await waitFor(async () => (await stored(id)).progress.i2?.done === false, 'the item to be stored as not done');
  });
});

describe('the paragraph numbers are the server’s (MTS14)', () => {
  it.each<[string, (doc: Y.Doc) => void]>([
    ['give a new decision a paragraph', (doc) => getDecisions(doc).get(addDecision(doc, 'i2', { matter: 'Åtgärder' }))!.set('paragraph', 3)],
    ['number an added decision itself', (doc) => {
      addDecision(doc, 'i2', { matter: 'Åtgärder' });
      numberParagraphs(doc, 3);
    }],
    ['renumber § 2 as § 7', (doc) => getDecisions(doc).get('d3')!.set('paragraph', 7)],
    ['clear the paragraph of § 1', (doc) => getDecisions(doc).get('d1')!.delete('paragraph')],
    ['remove the numbered decision § 2', (doc) => getDecisions(doc).delete('d3')],
  ])('[MTS14][MTG25] the admin’s raw update that tries to %s is refused (server_numbers, 4403), nothing stored', async (_what, edit) => {
    const { id } = await endedMeeting();
    const admin = await attack(id);
    const before = await storedState(fx.storage, id);
    await send(admin, id, edit);
    expect(admin.denied).toEqual(['server_numbers']);
    expect(admin.closed).toEqual({ code: 4403, reason: 'update_refused' });
    expect(await storedState(fx.storage, id)).toEqual(before);
  });

  it('[MTS14] in draft minutes an editor adds a decision and edits a numbered one’s text: both stored, no paragraph given', async () => {
    const { id } = await endedMeeting();
    const editor = await attack(id, await memberOf(fx, id, 'editor'));
    await send(editor, id, (doc) => {
      addDecision(doc, 'i2', { id: 'd2', matter: 'Åtgärder', text: 'att fortsätta' });
      updateDecision(doc, 'd1', { text: 'att godkänna planen i sin helhet' });
    });
    expect(editor.denied).toEqual([]);
    await waitFor(async () => (await storedDecisions(id)).some((d) => d.id === 'd2'), 'the decision to be stored');
    const decisions = await storedDecisions(id);
    expect(decisions.map((d) => [d.id, d.paragraph, d.text])).toEqual([
      ['d1', 1, 'att godkänna planen i sin helhet'],
      ['d2', undefined, 'att fortsätta'],
      ['d3', 2, 'att fastställa övningen'],
    ]);
  });
});

describe('a justerare approves only in their own account (MTS15)', () => {
  it('[MTS15][MTG27] Anna approving for Bo is refused (own_approval, 4403); nothing stored', async () => {
    const { id, anna, bo } = await endedMeeting();
    const client = await attack(id, anna.token);
    const before = await storedState(fx.storage, id);
    await send(client, id, (doc) => approve(doc, bo.userId, new Date().toISOString()));
    expect(client.denied).toEqual(['own_approval']);
    expect(client.closed).toEqual({ code: 4403, reason: 'update_refused' });
    expect(await storedState(fx.storage, id)).toEqual(before);
  });

  it('[MTS15] the admin writing both approvals is refused (own_approval): the facilitator does not justera for anyone', async () => {
    const { id, anna, bo } = await endedMeeting();
    const admin = await attack(id);
    const before = await storedState(fx.storage, id);
    await send(admin, id, (doc) => {
      approve(doc, anna.userId, new Date().toISOString());
      approve(doc, bo.userId, new Date().toISOString());
    });
    expect(admin.denied).toEqual(['own_approval']);
    expect(await storedState(fx.storage, id)).toEqual(before);
  });

  it('[MTS15] an editor who is no justerare approving as themselves is refused (own_approval)', async () => {
    const { id } = await endedMeeting();
    const carl = await adjusterOf(id, 'Carl Redaktör');
    const client = await attack(id, carl.token);
    const before = await storedState(fx.storage, id);
    await send(client, id, (doc) => getApprovals(doc)!.set(carl.userId, new Date().toISOString()));
    expect(client.denied).toEqual(['own_approval']);
    expect(await storedState(fx.storage, id)).toEqual(before);
  });

  it.each<[string, (doc: Y.Doc, anna: Adjuster) => void]>([
    ['sets the minutes approved without the approvals', (doc) => getMinutes(doc).set('status', 'approved')],
    ['removes an approval Anna gave', (doc, anna) => getApprovals(doc)!.delete(anna.userId)],
    ['changes the time of Anna’s approval', (doc, anna) => getApprovals(doc)!.set(anna.userId, new Date(Date.now() + 1000).toISOString())],
  ])('[MTS15] an editor who %s is refused (own_approval), nothing stored', async (_what, edit) => {
    const { id, anna } = await endedMeeting();
    await appendEdit(fx.storage, id, (doc) => approve(doc, anna.userId, new Date().toISOString()));
    const editor = await attack(id, await memberOf(fx, id, 'editor'));
    const before = await storedState(fx.storage, id);
    await send(editor, id, (doc) => edit(doc, anna));
    expect(editor.denied).toEqual(['own_approval']);
    expect(await storedState(fx.storage, id)).toEqual(before);
  });

  it('[MTS15][MTG26] an editor naming other justerare drops the approval Anna gave with her naming: stored', async () => {
    const { id, anna, bo } = await endedMeeting();
    await appendEdit(fx.storage, id, (doc) => approve(doc, anna.userId, new Date().toISOString()));
    const editor = await attack(id, await memberOf(fx, id, 'editor'));
    await send(editor, id, (doc) => setAdjusters(doc, [{ userId: bo.userId, name: 'Bo Justerare' }]));
    expect(editor.denied).toEqual([]);
    await waitFor(async () => (await stored(id)).minutes.adjusters.length === 1, 'the new justerare to be stored');
    expect((await stored(id)).minutes.approvals).toEqual({});
  });

  it('[MTS15][MTS5] an approval timed far from the server’s clock is refused (bad_time)', async () => {
    const { id, anna } = await endedMeeting();
    const client = await attack(id, anna.token);
    const before = await storedState(fx.storage, id);
    await send(client, id, (doc) => approve(doc, anna.userId, new Date(Date.now() - 2 * MAX_CLOCK_SKEW_MS).toISOString()));
    expect(client.denied).toEqual(['bad_time']);
    expect(await storedState(fx.storage, id)).toEqual(before);
  });

  it('[MTS15][MTG27] Anna and then Bo approve in their own accounts: both stored, the minutes approved and then locked', async () => {
    const { id, anna, bo } = await endedMeeting();
    const first = await attack(id, anna.token);
    await send(first, id, (doc) => approve(doc, anna.userId, new Date().toISOString()));
    expect(first.denied).toEqual([]);
    await waitFor(async () => Object.keys((await stored(id)).minutes.approvals).length === 1, 'Anna’s approval to be stored');
    const second = await attack(id, bo.token);
    await send(second, id, (doc) => approve(doc, bo.userId, new Date().toISOString()));
    expect(second.denied).toEqual([]);
    await waitFor(async () => (await stored(id)).minutes.status === 'approved', 'the minutes to be approved');
    const late = await attack(id, anna.token);
    await send(late, id, (doc) => getMinutes(doc).set('secretary', 'Anna Justerare'));
    expect(late.denied).toEqual(['minutes_locked']);
  });
});
