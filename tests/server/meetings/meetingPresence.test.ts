import { describe, expect, it } from 'vitest';
import { stampState } from '../../../server/sync/presence/stampPresence.ts';
import { PresenceAttacker } from '../../helpers/presenceAttacker.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { waitFor } from '../../helpers/serverWait.ts';
import { createMeetingAs, memberOf, shareOf } from './meetingFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });

const VIEW = { itemId: 'i2', boardId: 'hsf-atgarder', cardId: 'k1', at: 1_744_700_000_000 };
const facilitator = { name: 'Fia Ledare', role: 'facilitator' } as const;
const editor = { name: 'Eva Sekreterare', role: 'editor' } as const;

describe('a meeting’s presence, stamped (PRS3, PRS4)', () => {
  it('[PRS4] attendance is kept when it is room or remote; anything else is dropped', () => {
    expect(stampState({ attendance: 'room' }, editor)?.attendance).toBe('room');
    expect(stampState({ attendance: 'remote' }, { name: '', role: 'viewer' })?.attendance).toBe('remote');
    for (const attendance of ['absent', 'Room', '', 7, { room: true }]) expect(stampState({ attendance }, editor)).toEqual({ user: { name: 'Eva Sekreterare', role: 'editor' }, editing: null });
  });

  it('[PRS4] a view is kept from a facilitator only, with valid ids and a finite `at`; its other fields are dropped', () => {
    expect(stampState({ view: { ...VIEW, extra: '<script>' } }, facilitator)?.view).toEqual(VIEW);
    expect(stampState({ view: { itemId: 'i1', at: 5 } }, facilitator)?.view).toEqual({ itemId: 'i1', at: 5 });
    for (const role of ['editor', 'unitChief', 'viewer'] as const) expect(stampState({ view: VIEW }, { name: 'x', role })?.view).toBeUndefined();
    for (const view of [
      { ...VIEW, itemId: '__proto__' },
      { ...VIEW, boardId: '../admin' },
      { ...VIEW, cardId: 7 },
      { ...VIEW, at: Number.POSITIVE_INFINITY },
      { ...VIEW, at: '1744700000000' },
      { boardId: 'b1', at: 1 },
      'i2',
    ]) {
      expect(stampState({ view }, facilitator)?.view, JSON.stringify(view)).toBeUndefined();
    }
  });
});

describe('a meeting’s presence over the wire (PRS1, PRS4)', () => {
  it('[PRS4] raw awareness frames: an editor’s and a share link’s view are stripped, the facilitator’s passes to everyone; attendance passes from each', async () => {
    const id = await createMeetingAs(fx.url, fx.token);
    const watcher = fx.provider(id, await memberOf(fx, id, 'viewer', 'Vera Vy'));
    await synced(watcher);
    const [lead, eva, projector] = await Promise.all([
      PresenceAttacker.open(fx.wsUrl, id, await memberOf(fx, id, 'facilitator', 'Fia Ledare')),
      PresenceAttacker.open(fx.wsUrl, id, await memberOf(fx, id, 'editor', 'Eva Sekreterare')),
      PresenceAttacker.open(fx.wsUrl, id, (await shareOf(fx, id)).token),
    ]);
    lead.send([{ client: 501, clock: 1, state: { user: { color: '#1d4ed8' }, editing: null, attendance: 'room', view: VIEW } }]);
    eva.send([{ client: 502, clock: 1, state: { editing: null, attendance: 'remote', view: { ...VIEW, at: VIEW.at + 1 } } }]);
    projector.send([{ client: 503, clock: 1, state: { editing: null, view: { ...VIEW, itemId: 'i3', at: VIEW.at + 2 } } }]);

    const seen = watcher.provider.awareness.getStates();
    await waitFor(() => seen.has(501) && seen.has(502) && seen.has(503), 'every state to reach the watcher');
    expect(seen.get(501)).toEqual({ user: { name: 'Fia Ledare', role: 'facilitator', color: '#1d4ed8' }, editing: null, attendance: 'room', view: VIEW });
    expect(seen.get(502)).toEqual({ user: { name: 'Eva Sekreterare', role: 'editor' }, editing: null, attendance: 'remote' });
    expect(seen.get(503)).toEqual({ user: { name: '', role: 'viewer' }, editing: null });
    const onServer = await eva.everyone();
    expect(onServer.get(502)?.state).toEqual(seen.get(502));
    for (const attacker of [lead, eva, projector]) attacker.close();
  });
});
