import { describe, expect, it } from 'vitest';
import { createServerClock, offsetFromSamples } from '../../../client/meeting/serverClock.ts';

/**
 * A fake network between a browser whose clock is `ahead` ms ahead of the server's and the server:
 * each call takes the given trip times (out, back), and the server reads its clock when the
 * request arrives. `advance` lets time pass; `setLocalClock` changes the browser's clock alone.
 */
function fakeNetwork(ahead: number, trips: Array<[out: number, back: number]>) {
  let real = 1_000_000;
  let calls = 0;
  return {
    localNow: () => real + ahead,
    serverNow: () => real,
    advance: (ms: number) => void (real += ms),
    setLocalClock: (newAhead: number) => void (ahead = newAhead),
    get calls() {
      return calls;
    },
    async fetchTime(): Promise<number> {
      const [out, back] = trips[calls++ % trips.length]!;
      real += out;
      const server = real;
      real += back;
      return server;
    },
  };
}

describe('[MTP1] offsetFromSamples', () => {
  it('takes the sample with the shortest round trip and puts the server reading in its middle', () => {
    expect(
      offsetFromSamples([
        { sentAt: 0, receivedAt: 400, server: 10_300 },
        { sentAt: 1000, receivedAt: 1020, server: 11_012 },
        { sentAt: 2000, receivedAt: 2100, server: 12_000 },
      ]),
    ).toEqual({ offset: 10_002, roundTrip: 20 });
  });

  it('ignores a sample whose trip is negative (the local clock stepped back) and says nothing of none', () => {
    expect(offsetFromSamples([{ sentAt: 500, receivedAt: 100, server: 0 }])).toBeUndefined();
    expect(offsetFromSamples([])).toBeUndefined();
  });
});

describe('[MTP1] createServerClock', () => {
  it('reads the local clock until measured, then the server time within half the best round trip', async () => {
    // The browser's clock is 5 minutes ahead; one trip is asymmetric and slow.
    const net = fakeNetwork(300_000, [[300, 20], [8, 12], [40, 40]]);
    const clock = createServerClock({ fetchTime: () => net.fetchTime(), localNow: net.localNow, samples: 3 });
    expect(clock.isReady()).toBe(false);
    expect(clock.now()).toBe(net.localNow());

    await clock.measure();
    expect(net.calls).toBe(3);
    expect(clock.isReady()).toBe(true);
    // The best trip took 20 ms, so the error is at most 10 ms (here 2: 8 out, 12 back).
    expect(Math.abs(clock.now() - net.serverNow())).toBeLessThanOrEqual(10);
    net.advance(60_000);
    expect(Math.abs(clock.now() - net.serverNow())).toBeLessThanOrEqual(10);
  });

  it('tells its subscribers when an offset is measured, and runs one measurement at a time', async () => {
    const net = fakeNetwork(-42_000, [[5, 5]]);
    const clock = createServerClock({ fetchTime: () => net.fetchTime(), localNow: net.localNow, samples: 4 });
    let told = 0;
    const stop = clock.subscribe(() => told++);
    await Promise.all([clock.measure(), clock.measure()]);
    expect(net.calls).toBe(4);
    expect(told).toBe(1);
    expect(clock.now()).toBe(net.serverNow());
    stop();
    await clock.measure();
    expect(told).toBe(1);
  });

  it('keeps the last offset when the server cannot be asked, and is not ready before any answer', async () => {
    let online = true;
    const net = fakeNetwork(-7_000, [[1, 1]]);
    const never = createServerClock({ fetchTime: () => Promise.reject(new Error('offline')), localNow: net.localNow });
    await never.measure();
    expect(never.isReady()).toBe(false);
    expect(never.now()).toBe(net.localNow());

    const clock = createServerClock({ fetchTime: () => (online ? net.fetchTime() : Promise.reject(new Error('offline'))), localNow: net.localNow, samples: 2 });
    await clock.measure();
    online = false;
    await clock.measure();
    expect(clock.isReady()).toBe(true);
    expect(clock.now()).toBe(net.serverNow());
  });

  it('follows a browser clock that was changed once it measures again', async () => {
    const net = fakeNetwork(0, [[2, 2]]);
    const clock = createServerClock({ fetchTime: () => net.fetchTime(), localNow: net.localNow, samples: 1 });
    await clock.measure();
    expect(clock.now()).toBe(net.serverNow());
    // Someone sets the laptop's clock an hour ahead; the server's time does not move with it.
    net.setLocalClock(3_600_000);
    expect(clock.now() - net.serverNow()).toBe(3_600_000);
    await clock.measure();
    expect(clock.now()).toBe(net.serverNow());
  });
});
