// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChangesApi, ChangesSince } from '../../../client/changes/changesApi.ts';
import { useBoardChanges } from '../../../client/changes/useBoardChanges.ts';
import { mapStorage } from '../mapStorage.ts';

const KEY = 'tavla.lastVisit.u1.atgarder';
let storage: ReturnType<typeof mapStorage>;

beforeEach(() => {
  storage = mapStorage({ [KEY]: JSON.stringify('2025-05-02T12:00:00.000Z') });
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** No meeting has ended (the server says so, CHS3): "since" falls back to the last visit; what was asked is kept. */
function api(): ChangesApi & { asked: ChangesSince[] } {
  const asked: ChangesSince[] = [];
  const changes: ChangesApi['changes'] = async (_b, since) => (asked.push(since), since.kind === 'previous' ? { since: null, previous: null, cards: [] } : { since: since.since, cards: [] });
  return { asked, meetings: async () => [], changes, meetingRole: async () => null };
}

describe('"since my last visit" (CHG7)', () => {
  it('counts from the visit stored when the board opened, not from now, and stores the time of leaving', async () => {
    const calls = api();
    const { result, unmount } = renderHook(() => useBoardChanges('atgarder', calls, 'u1', 0));
    await act(async () => {});
    expect(result.current.mode).toBe('visit');
    expect(calls.asked).toEqual([{ kind: 'previous' }, { kind: 'time', since: '2025-05-02T12:00:00.000Z' }]);
    expect(result.current.status).toBe('ready');

    const before = Date.now();
    unmount();
    const stored = Date.parse(JSON.parse(storage.map.get(KEY)!) as string);
    expect(stored).toBeGreaterThanOrEqual(before);
  });

  it('leaving the page (pagehide) stores the visit too, while the open board keeps counting from the earlier one', async () => {
    const calls = api();
    const { result } = renderHook(() => useBoardChanges('atgarder', calls, 'u1', 0));
    await act(async () => {});
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(storage.map.get(KEY)!)).not.toBe('2025-05-02T12:00:00.000Z');
    expect(result.current.visit).toBe('2025-05-02T12:00:00.000Z');
  });

  it('another account’s visits, or none, are not this one’s: with neither a meeting nor a visit a day is to be chosen', async () => {
    const calls = api();
    const { result } = renderHook(() => useBoardChanges('atgarder', calls, 'u2', 0));
    await act(async () => {});
    expect(result.current.visit).toBeNull();
    expect(result.current.mode).toBe('date');
    expect(result.current.status).toBe('idle');
    expect(calls.asked).toEqual([{ kind: 'previous' }]);
  });
});
