import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { getAgenda, getItemNotes, getMeetingMeta, getProgress } from '../../../shared/meeting/meetingDoc.ts';
import { setMeetingField } from '../../../shared/meeting/meetingOps.ts';
import { MAX_CLOCK_SKEW_MS } from '../../../shared/meeting/meetingSchema.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { goToItem, startMeeting, startTimer } from '../../../shared/meeting/runOps.ts';
import { updateAgendaItem } from '../../../shared/meeting/agendaOps.ts';
import { getMeta } from '../../../shared/doc.ts';
import { storedState, useAttackers, type Attacker } from '../../helpers/serverAttacker.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { waitFor } from '../../helpers/serverWait.ts';
import { watchAuth } from '../access/syncClients.ts';
import { appendAgenda, createMeetingAs, memberOf, sendEdit, storedMeeting } from './meetingFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 256 * 1024 });
const attack = useAttackers(fx);

/** A meeting with items i1–i3, not yet started. */
async function meeting(): Promise<string> {
  const id = await createMeetingAs(fx.url, fx.token);
  await appendAgenda(fx.storage, id);
  return id;
}

const send = (attacker: Attacker, id: string, edit: (doc: Y.Doc) => void) => sendEdit(fx.storage, attacker, id, edit);
const stored = (id: string) => storedMeeting(fx.storage, id);

/** The running-state changes a non-facilitator tries: moving the meeting on, starting it, starting a timer. */
const RUNNING_STATE_EDITS: [string, (doc: Y.Doc) => void][] = [
  ['start the meeting', (doc) => startMeeting(doc, Date.now())],
  ['move the current item to item 2', (doc) => goToItem(doc, 'i2', Date.now())],
];

describe('who may change a meeting (MTS3, MTS4)', () => {
  it.each(RUNNING_STATE_EDITS)('[MTS4] an editor’s raw update that tries to %s is refused whole (facilitator_only, 4403), nothing stored', async (_what, edit) => {
    const id = await meeting();
    const editor = await attack(id, await memberOf(fx, id, 'editor'));
    const before = await storedState(fx.storage, id);
    await send(editor, id, edit);
    expect(editor.denied).toEqual(['facilitator_only']);
    expect(editor.closed).toEqual({ code: 4403, reason: 'update_refused' });
    expect(await storedState(fx.storage, id)).toEqual(before);
    expect(fx.logs.lines.some((line) => line.event === 'connection_closed' && line.docId === id && String(line.detail).startsWith('facilitator_only'))).toBe(true);
  });

  it('[MTS4] an editor’s update that types notes and moves the meeting on in one go is refused whole: the notes are not stored either', async () => {
    const id = await meeting();
    const editor = await attack(id, await memberOf(fx, id, 'editor'));
    const before = await storedState(fx.storage, id);
    await send(editor, id, (doc) => {
      getItemNotes(doc, 'i1')!.insert(0, 'Anteckning');
      goToItem(doc, 'i2', Date.now());
    });
    expect(editor.denied).toEqual(['facilitator_only']);
    expect(await storedState(fx.storage, id)).toEqual(before);
  });

  it.each(RUNNING_STATE_EDITS)('[MTS3] a viewer’s raw update that tries to %s is refused (read_only), nothing stored, the viewer reads on', async (_what, edit) => {
    const id = await meeting();
    const viewer = await attack(id, await memberOf(fx, id, 'viewer'));
    const before = await storedState(fx.storage, id);
    await send(viewer, id, edit);
    expect(viewer.denied).toEqual(['read_only']);
    expect(viewer.closed).toBeUndefined();
    expect(await storedState(fx.storage, id)).toEqual(before);
  });

  it('[MTS3] a unit chief only reads a meeting: notes refused read_only, nothing stored', async () => {
    const id = await meeting();
    const chief = await attack(id, await memberOf(fx, id, 'unitChief'));
    const before = await storedState(fx.storage, id);
    await send(chief, id, (doc) => getItemNotes(doc, 'i1')!.insert(0, 'Kirurgi'));
    expect(chief.denied).toEqual(['read_only']);
    expect(await storedState(fx.storage, id)).toEqual(before);
  });

  it('[MTS3] an editor may not rewrite meta.schemaVersion (facilitator_only); nothing stored', async () => {
    const id = await meeting();
    const editor = await attack(id, await memberOf(fx, id, 'editor'));
    const before = await storedState(fx.storage, id);
    await send(editor, id, (doc) => getMeetingMeta(doc).set('schemaVersion', 1));
    expect(editor.denied).toEqual(['facilitator_only']);
    expect(await storedState(fx.storage, id)).toEqual(before);
  });

  it('[MTS3][SRV4] the facilitator moves the meeting on through y-websocket: stored and relayed to an editor; the editor’s notes typing is stored and relayed back', async () => {
    const id = await meeting();
    const facilitator = fx.provider(id, await memberOf(fx, id, 'facilitator', 'Fia Ledare'));
    const editor = fx.provider(id, await memberOf(fx, id, 'editor', 'Eva Sekreterare'));
    const [facilitatorAuth, editorAuth] = [watchAuth(facilitator), watchAuth(editor)];
    await Promise.all([synced(facilitator), synced(editor)]);

    startMeeting(facilitator.doc, Date.now());
    goToItem(facilitator.doc, 'i2', Date.now());
    await waitFor(() => readMeeting(editor.doc).run.currentItem === 'i2', 'the editor to see item 2 current');
    const saved = await stored(id);
    expect([saved.run.status, saved.run.currentItem, saved.progress.i2?.runningSince !== undefined]).toEqual(['running', 'i2', true]);

    getItemNotes(editor.doc, 'i2')!.insert(0, 'Beslut: ');
    getItemNotes(editor.doc, 'i2')!.insert(8, 'fortsätt enligt plan');
    updateAgendaItem(editor.doc, 'i3', { minutes: 25 });
    await waitFor(() => getItemNotes(facilitator.doc, 'i2')?.toString() === 'Beslut: fortsätt enligt plan', 'the notes to reach the facilitator');
    await waitFor(async () => (await stored(id)).agenda.find((item) => item.id === 'i2')?.notes === 'Beslut: fortsätt enligt plan', 'the notes to be stored');
    expect((await stored(id)).agenda.find((item) => item.id === 'i3')?.minutes).toBe(25);
    expect([facilitatorAuth.denied, editorAuth.denied]).toEqual([[], []]);
  });

  it('[MTS6] a meeting leaves no history lines, the board’s history stays its own', async () => {
    const id = await meeting();
    const facilitator = fx.provider(id, await memberOf(fx, id, 'facilitator'));
    await synced(facilitator);
    setMeetingField(facilitator.doc, 'place', 'Sal 3');
    await waitFor(async () => (await stored(id)).meta.place === 'Sal 3', 'the place to be stored');
    const history = await fetch(`${fx.url}/api/boards/${id}/history`, { headers: fx.headers });
    expect(await history.json()).toEqual({ entries: [] });
  });
});

describe('the running state keeps the server’s time (MTS5)', () => {
  it.each([
    ['ahead', MAX_CLOCK_SKEW_MS + 60_000],
    ['behind', -(MAX_CLOCK_SKEW_MS + 60_000)],
  ])('[MTS5] the facilitator’s start with a clock %s of the server’s is refused (bad_time, 4403), nothing stored', async (_what, skew) => {
    const id = await meeting();
    const facilitator = await attack(id, await memberOf(fx, id, 'facilitator'));
    const before = await storedState(fx.storage, id);
    await send(facilitator, id, (doc) => startMeeting(doc, Date.now() + skew));
    expect(facilitator.denied).toEqual(['bad_time']);
    expect(facilitator.closed).toEqual({ code: 4403, reason: 'update_refused' });
    expect(await storedState(fx.storage, id)).toEqual(before);
  });

  it('[MTS5] a timer started with a clock off by less than the allowed skew is stored; a later one far off is refused', async () => {
    const id = await meeting();
    const facilitator = await attack(id, await memberOf(fx, id, 'facilitator'));
    await send(facilitator, id, (doc) => startMeeting(doc, Date.now() + MAX_CLOCK_SKEW_MS / 2));
    expect(facilitator.denied).toEqual([]);
    await waitFor(async () => (await stored(id)).run.status === 'running', 'the start to be stored');
    const running = await storedState(fx.storage, id);
    const later = await attack(id, await memberOf(fx, id, 'facilitator'));
    await send(later, id, (doc) => {
      goToItem(doc, 'i2', Date.now());
      startTimer(doc, Date.now());
      getProgress(doc).get('i2')!.set('runningSince', Date.now() + 10 * 60_000);
    });
    expect(later.denied).toEqual(['bad_time']);
    expect(await storedState(fx.storage, id)).toEqual(running);
  });
});

describe('an update never changes what a document is (MTS2)', () => {
  it('[MTS2][BAD5] a meeting’s meta.kind set to a board kind, even by the facilitator, is invalid_update (4422), nothing stored', async () => {
    const id = await meeting();
    const admin = await attack(id);
    const before = await storedState(fx.storage, id);
    await send(admin, id, (doc) => getMeetingMeta(doc).set('kind', 'general'));
    expect(admin.closed).toEqual({ code: 4422, reason: 'invalid_update' });
    expect(await storedState(fx.storage, id)).toEqual(before);
  });

  it('[MTS2][BAD5] a board’s meta.kind set to meeting, with a date, is invalid_update (4422), nothing stored', async () => {
    const id = await fx.createBoard('Åtgärder', 'measures');
    const admin = await attack(id);
    const before = await storedState(fx.storage, id);
    await send(admin, id, (doc) => {
      getMeta(doc).set('kind', 'meeting');
      getMeta(doc).set('date', '2025-04-15');
    });
    expect(admin.closed).toEqual({ code: 4422, reason: 'invalid_update' });
    expect(await storedState(fx.storage, id)).toEqual(before);
  });

  it('[MTS2][BAD5] a meeting is checked by the meeting schema: an item of 0 minutes, or a board top-level type, is invalid_update', async () => {
    const id = await meeting();
    const before = await storedState(fx.storage, id);
    const first = await attack(id);
    await send(first, id, (doc) => getAgenda(doc).get('i1')!.set('minutes', 0));
    expect(first.closed).toEqual({ code: 4422, reason: 'invalid_update' });
    const second = await attack(id);
    await send(second, id, (doc) => doc.getMap('cards').set('c1', 'kort'));
    expect(second.closed).toEqual({ code: 4422, reason: 'invalid_update' });
    expect(await storedState(fx.storage, id)).toEqual(before);
  });
});
