import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onRefusal, takeRefusalBeforeReload, watchPermissionDenied, type Refusal } from '../../../client/auth/permissionDenied.ts';
import { en } from '../../../client/i18n/en.ts';
import { sv } from '../../../client/i18n/sv.ts';
import { MAX_CLOCK_SKEW_MS } from '../../../shared/meeting/meetingSchema.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { goToItem, startMeeting } from '../../../shared/meeting/runOps.ts';
import { setMember } from '../../helpers/serverAuth.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { waitFor } from '../../helpers/serverWait.ts';
import { appendAgenda, createMeetingAs } from '../../server/meetings/meetingFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });

// Node has no sessionStorage; the page's outlives the reload, which this map stands for.
const session = new Map<string, string>();
beforeEach(() => {
  session.clear();
  vi.stubGlobal('sessionStorage', { getItem: (key: string) => session.get(key) ?? null, setItem: (key: string, value: string) => void session.set(key, value), removeItem: (key: string) => void session.delete(key) });
});
afterEach(() => vi.unstubAllGlobals());

let accounts = 0;
/** A meeting with items i1–i3, and a provider of it as a new account with `role`, wired as the client wires its own. */
async function watchedMeeting(role: 'editor' | 'facilitator') {
  const id = await createMeetingAs(fx.url, fx.token);
  await appendAgenda(fx.storage, id);
  const username = `${role}${++accounts}`;
  const token = await fx.user(username, 'Eva Sekreterare');
  await setMember(fx.url, fx.token, id, username, role);
  const client = fx.provider(id, token);
  const heard: Refusal[] = [];
  const stop = onRefusal((refusal) => heard.push(refusal));
  const reload = vi.fn();
  watchPermissionDenied(client.provider, id, reload);
  await synced(client);
  await waitFor(() => readMeeting(client.doc).agenda.length === 3, 'the agenda to arrive');
  return { client, heard, reload, stop };
}

describe('the client on a refused meeting change (MTS4, MTS5)', () => {
  it('[MTS4] an editor who moves the meeting on is told, in Swedish and English, that only the facilitator runs it; the page reloads saying so', async () => {
    const { client, heard, reload, stop } = await watchedMeeting('editor');
    goToItem(client.doc, 'i2', Date.now());
    await waitFor(() => reload.mock.calls.length === 1, 'the reload');
    stop();
    expect(heard).toEqual(['facilitator_only']);
    expect(takeRefusalBeforeReload()).toBe('facilitator_only');
    expect(sv.auth.refused.facilitator_only).toMatch(/^Bara mötesledaren/);
    expect(en.auth.refused.facilitator_only).toMatch(/^Only the facilitator/);
  });

  it('[MTS5] a facilitator whose clock is far off is told the time was refused; the page reloads saying so', async () => {
    const { client, heard, reload, stop } = await watchedMeeting('facilitator');
    startMeeting(client.doc, Date.now() + 2 * MAX_CLOCK_SKEW_MS);
    await waitFor(() => reload.mock.calls.length === 1, 'the reload');
    stop();
    expect(heard).toEqual(['bad_time']);
    expect(takeRefusalBeforeReload()).toBe('bad_time');
  });
});
