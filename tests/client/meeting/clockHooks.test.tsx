// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useServerClock, type ServerTime } from '../../../client/meeting/useServerClock.ts';
import { useTimerNow } from '../../../client/meeting/useTimerNow.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('[MTP2] useTimerNow', () => {
  function Reader({ running, now, renders }: { running: boolean; now: () => number; renders: number[] }) {
    renders.push(useTimerNow(running, now));
    return null;
  }

  it('re-renders four times a second while the timer runs, and not at all while it stands', () => {
    vi.useFakeTimers();
    let t = 0;
    const now = (): number => t;
    const renders: number[] = [];
    const { rerender } = render(<Reader running now={now} renders={renders} />);
    for (let i = 1; i <= 8; i++) {
      t = i * 250;
      act(() => void vi.advanceTimersByTime(250));
    }
    expect(renders).toEqual([0, 250, 500, 750, 1000, 1250, 1500, 1750, 2000]);

    rerender(<Reader running={false} now={now} renders={renders} />);
    const stood = renders.length;
    act(() => void vi.advanceTimersByTime(5_000));
    expect(renders.length).toBe(stood);
  });
});

describe('[MTP1] useServerClock', () => {
  it('measures GET /api/time while read, and then reads the server time, not the local clock', async () => {
    // The browser's clock is 5 minutes ahead of the server's.
    const serverAhead = -300_000;
    const fetch = vi.fn(async (url: string) => {
      expect(url).toBe('/api/time');
      return new Response(JSON.stringify({ now: Date.now() + serverAhead }), { headers: { 'content-type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fetch);
    const seen: ServerTime[] = [];
    function Reader() {
      seen.push(useServerClock());
      return null;
    }
    render(<Reader />);
    expect(seen[0]!.ready).toBe(false);
    await waitFor(() => expect(seen.at(-1)!.ready).toBe(true));
    expect(fetch.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(Math.abs(seen.at(-1)!.now() - (Date.now() + serverAhead))).toBeLessThan(50);
  });
});
