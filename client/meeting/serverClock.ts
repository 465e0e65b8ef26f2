/**
 * The server's clock as this browser can read it. Every timestamp of a meeting's running state is
 * the server's epoch ms (the server refuses one more than MAX_CLOCK_SKEW_MS off its own), and every
 * browser shows the timer from the server's time, so a laptop whose clock is minutes off shows the
 * same countdown as the projector.
 */

/** One round trip to GET /api/time: when it left and came back (local ms) and what the server said. */
export interface TimeSample {
  sentAt: number;
  receivedAt: number;
  server: number;
}

/** What a set of samples says: the server's time minus the local one, and the round trip it came from. */
export interface ClockOffset {
  offset: number;
  roundTrip: number;
}

/**
 * The offset of the sample with the shortest round trip (Cristian's algorithm, as NTP picks its
 * best sample): the server read its clock somewhere within the round trip, most likely in its
 * middle, so the shorter the trip the smaller the error (at most half of it). Undefined for none.
 */
export function offsetFromSamples(samples: readonly TimeSample[]): ClockOffset | undefined {
  let best: ClockOffset | undefined;
  for (const { sentAt, receivedAt, server } of samples) {
    const roundTrip = receivedAt - sentAt;
    // A clock that stepped back during the call gives a negative trip: the sample says nothing.
    if (roundTrip < 0 || !Number.isFinite(server)) continue;
    if (!best || roundTrip < best.roundTrip) best = { offset: server - (sentAt + receivedAt) / 2, roundTrip };
  }
  return best;
}

/** A clock that reads the server's time: the local clock corrected by the last measured offset. */
export interface ServerClock {
  /** The server's epoch ms now (the local clock until the first measurement). */
  now(): number;
  /** True once an offset has been measured. */
  isReady(): boolean;
  /** Called when the offset or readiness changes. */
  subscribe(listener: () => void): () => void;
  /** Measures the offset again (a few round trips); resolves when done, whether or not the server answered. */
  measure(): Promise<void>;
}

export interface ServerClockOptions {
  /** One GET /api/time: the server's `now`. */
  fetchTime: () => Promise<number>;
  /** The local wall clock (Date.now). */
  localNow?: () => number;
  /** Round trips per measurement. */
  samples?: number;
}

/** Samples per measurement: enough for one to miss a slow packet, few enough to finish at once. */
const SAMPLES = 5;

/** A server clock over `fetchTime`; it measures only when asked (useServerClock decides when). */
export function createServerClock({ fetchTime, localNow = Date.now, samples = SAMPLES }: ServerClockOptions): ServerClock {
  let measured: ClockOffset | undefined;
  let running: Promise<void> | undefined;
  const listeners = new Set<() => void>();

  const sampleOnce = async (): Promise<TimeSample | undefined> => {
    const sentAt = localNow();
    try {
      const server = await fetchTime();
      return { sentAt, receivedAt: localNow(), server };
    } catch {
      return undefined; // offline or refused: the other samples (or the last offset) stand
    }
  };

  const run = async (): Promise<void> => {
    const taken: TimeSample[] = [];
    // One after another: parallel calls would queue behind each other and lengthen the trips.
    for (let i = 0; i < samples; i++) {
      const sample = await sampleOnce();
      if (!sample) break;
      taken.push(sample);
    }
    const next = offsetFromSamples(taken);
    if (!next) return;
    measured = next;
    listeners.forEach((listener) => listener());
  };

  return {
    now: () => localNow() + (measured?.offset ?? 0),
    isReady: () => measured !== undefined,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    measure() {
      // A measurement asked for while one runs is that one: their samples would disturb each other.
      running ??= run().finally(() => (running = undefined));
      return running;
    },
  };
}

/** GET /api/time on the page's origin: the server's epoch ms (never cached, API: Cache-Control no-store). */
export async function fetchServerTime(): Promise<number> {
  const response = await fetch('/api/time', { cache: 'no-store', headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as { now?: unknown };
  if (typeof body.now !== 'number' || !Number.isFinite(body.now)) throw new Error('GET /api/time: no now');
  return body.now;
}
