import { describe, expect, it } from 'vitest';
import { stampState } from '../../../server/sync/presence/stampPresence.ts';
import { PresenceAttacker } from '../../helpers/presenceAttacker.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { settle, waitFor } from '../../helpers/serverWait.ts';
import { createMeetingAs, memberOf, shareOf } from './meetingFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });

const DAY = 24 * 60 * 60_000;
/** The server's clock in the unit tests, and a view of a clock a day ahead of it. */
const NOW = 1_744_700_000_000;
const VIEW = { itemId: 'i2', boardId: 'hsf-atgarder', cardId: 'k1', at: NOW + DAY };
const PLACE = { itemId: 'i2', boardId: 'hsf-atgarder', cardId: 'k1' };
const FRESH = { now: NOW, previous: undefined };
const facilitator = { name: 'Fia Ledare', role: 'facilitator' } as const;
const editor = { name: 'Eva Sekreterare', role: 'editor' } as const;

describe('a meeting’s presence, stamped (PRS3, PRS4)', () => {
  it('[PRS4] attendance is kept when it is room or remote; anything else is dropped', () => {
    expect(stampState({ attendance: 'room' }, editor, FRESH)?.attendance).toBe('room');
    expect(stampState({ attendance: 'remote' }, { name: '', role: 'viewer' }, FRESH)?.attendance).toBe('remote');
    for (const attendance of ['absent', 'Room', '', 7, { room: true }]) expect(stampState({ attendance }, editor, FRESH)).toEqual({ user: { name: 'Eva Sekreterare', role: 'editor' }, editing: null });
  });

  it('[PRS4][FOL1] a view is kept from a facilitator only, with valid ids; its other fields are dropped, and a card without its board', () => {
    expect(stampState({ view: { ...VIEW, extra: '<script>' } }, facilitator, FRESH)?.view).toEqual({ ...PLACE, at: NOW });
    expect(stampState({ view: { itemId: 'i1', cardId: 'k1' } }, facilitator, FRESH)?.view).toEqual({ itemId: 'i1', at: NOW });
    for (const role of ['editor', 'unitChief', 'viewer'] as const) expect(stampState({ view: VIEW }, { name: 'x', role }, FRESH)?.view).toBeUndefined();
    for (const view of [{ ...VIEW, itemId: '__proto__' }, { ...VIEW, boardId: '../admin' }, { ...VIEW, cardId: 7 }, { boardId: 'b1', at: 1 }, 'i2']) {
      expect(stampState({ view }, facilitator, FRESH)?.view, JSON.stringify(view)).toBeUndefined();
    }
  });

  it('[PRS4][FOL2] `at` is the server’s: its clock when the place is new, the held `at` when the place is the same; whatever `at` was sent', () => {
    for (const at of [NOW + DAY, Number.POSITIVE_INFINITY, '1744700000000', undefined]) {
      expect(stampState({ view: { ...PLACE, at } }, facilitator, FRESH)?.view, String(at)).toEqual({ ...PLACE, at: NOW });
    }
    const held = { ...PLACE, at: NOW - 60_000 };
    expect(stampState({ view: VIEW }, facilitator, { now: NOW, previous: held })?.view).toEqual(held);
    expect(stampState({ view: { ...VIEW, cardId: 'k2' } }, facilitator, { now: NOW, previous: held })?.view).toEqual({ ...PLACE, cardId: 'k2', at: NOW });
    expect(stampState({ view: { itemId: 'i2', boardId: 'hsf-atgarder' } }, facilitator, { now: NOW, previous: held })?.view).toEqual({ itemId: 'i2', boardId: 'hsf-atgarder', at: NOW });
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
    const sentAt = Date.now();
    lead.send([{ client: 501, clock: 1, state: { user: { color: '#1d4ed8' }, editing: null, attendance: 'room', view: { ...VIEW, at: sentAt } } }]);
    eva.send([{ client: 502, clock: 1, state: { editing: null, attendance: 'remote', view: { ...VIEW, at: VIEW.at + 1 } } }]);
    projector.send([{ client: 503, clock: 1, state: { editing: null, view: { ...VIEW, itemId: 'i3', at: VIEW.at + 2 } } }]);

    const seen = watcher.provider.awareness.getStates();
    await waitFor(() => seen.has(501) && seen.has(502) && seen.has(503), 'every state to reach the watcher');
    expect(seen.get(501)).toEqual({ user: { name: 'Fia Ledare', role: 'facilitator', color: '#1d4ed8' }, editing: null, attendance: 'room', view: { ...PLACE, at: expect.any(Number) } });
    expect(seen.get(502)).toEqual({ user: { name: 'Eva Sekreterare', role: 'editor' }, editing: null, attendance: 'remote' });
    expect(seen.get(503)).toEqual({ user: { name: '', role: 'viewer' }, editing: null });
    const onServer = await eva.everyone();
    expect(onServer.get(502)?.state).toEqual(seen.get(502));
    for (const attacker of [lead, eva, projector]) attacker.close();
  });

  it('[PRS4][FOL1] raw awareness frames: a facilitator’s `at` a day ahead is replaced by the server’s time; the same place sent again keeps the first `at`, a new place gets a new one', async () => {
    const id = await createMeetingAs(fx.url, fx.token);
    const watcher = fx.provider(id, await memberOf(fx, id, 'viewer', 'Vera Vy'));
    await synced(watcher);
    const lead = await PresenceAttacker.open(fx.wsUrl, id, await memberOf(fx, id, 'facilitator', 'Fia Ledare'));
    const viewSeen = () => watcher.provider.awareness.getStates().get(601)?.view as { itemId: string; cardId?: string; at: number } | undefined;

    const before = Date.now();
    lead.send([{ client: 601, clock: 1, state: { editing: null, view: VIEW } }]);
    await waitFor(() => viewSeen() !== undefined, 'the facilitator’s view to reach the watcher');
    const first = viewSeen()!;
    expect(first.at).toBeGreaterThanOrEqual(before);
    expect(first.at).toBeLessThanOrEqual(Date.now());

    await settle(20);
    lead.send([{ client: 601, clock: 2, state: { editing: null, view: { ...VIEW, at: VIEW.at + DAY } } }]);
    expect((await lead.everyone()).get(601)?.state).toMatchObject({ view: { ...PLACE, at: first.at } });
    await waitFor(() => watcher.provider.awareness.meta.get(601)?.clock === 2, 'the re-sent state to reach the watcher');
    expect(viewSeen()).toEqual({ ...PLACE, at: first.at });

    lead.send([{ client: 601, clock: 3, state: { editing: null, view: { ...VIEW, cardId: 'k2' } } }]);
    await waitFor(() => viewSeen()?.cardId === 'k2', 'the new place to reach the watcher');
    expect(viewSeen()!.at).toBeGreaterThan(first.at);
    expect(viewSeen()!.at).toBeLessThanOrEqual(Date.now());
    lead.close();
  });
});
