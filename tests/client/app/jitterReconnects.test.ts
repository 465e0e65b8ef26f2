import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { closeVerdict } from '../../../client/sync/connectionState.ts';
import { jitterReconnects } from '../../../client/sync/jitterReconnects.ts';

// A stand-in with the provider's reconnect fields: the real provider in a real storm is
// tests/reliability/reconnectStorm.test.ts; this isolates the timing rule.
function fakeProvider() {
  const handlers: ((event: { code: number } | null) => void)[] = [];
  const provider = {
    shouldConnect: true,
    wsUnsuccessfulReconnects: 2,
    maxBackoffTime: 2500,
    // y-websocket's default: 4400–4499 are final.
    shouldReconnect: (event: { code: number }) => !(event.code >= 4400 && event.code < 4500),
    connect: vi.fn(() => void (provider.shouldConnect = true)),
    on: (_: string, handler: (event: { code: number } | null) => void) => handlers.push(handler),
    off: vi.fn(),
    close: (code: number | null) => handlers.forEach((handler) => handler(code === null ? null : { code })),
  };
  return provider;
}

afterEach(() => vi.useRealTimers());

describe('jitterReconnects (REL1)', () => {
  it('[REL1] retries at a random moment of the provider’s own window instead of its end', () => {
    vi.useFakeTimers();
    const provider = fakeProvider();
    jitterReconnects(provider as unknown as WebsocketProvider, () => 0.25);
    provider.close(1006);
    expect(provider.shouldConnect).toBe(false);
    vi.advanceTimersByTime(199); // window 100·2^3 = 800 ms, a quarter of it
    expect(provider.connect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(provider.connect).toHaveBeenCalledOnce();
  });

  it('[REL1] leaves final closes (4400–4499) and asked-for disconnects to the provider, and cancel drops a waiting retry', () => {
    vi.useFakeTimers();
    const provider = fakeProvider();
    const jitter = jitterReconnects(provider as unknown as WebsocketProvider, () => 0.5);
    provider.close(4403);
    expect(provider.shouldConnect).toBe(true);
    provider.shouldConnect = false;
    provider.close(1006);
    provider.shouldConnect = true;
    provider.close(1006);
    jitter.cancel();
    vi.advanceTimersByTime(5000);
    expect(provider.connect).not.toHaveBeenCalled();
  });

  it('[KEEP3] asks the provider which closes are final: too_many_messages (4429) is retried with the jittered backoff', () => {
    vi.useFakeTimers();
    const provider = fakeProvider();
    provider.shouldReconnect = (event) => closeVerdict(event.code, 'too_many_messages') === 'retry';
    jitterReconnects(provider as unknown as WebsocketProvider, () => 0.5);
    provider.close(4429);
    expect(provider.shouldConnect).toBe(false);
    vi.advanceTimersByTime(400);
    expect(provider.connect).toHaveBeenCalledOnce();
  });
});
