import type { WebsocketProvider } from 'y-websocket';

/** Stops or pauses the jittered retry of jitterReconnects. */
export interface ReconnectJitter {
  /** Drops a retry that is waiting (the session goes offline on purpose). */
  cancel(): void;
  /** Cancels and stops listening (the session ends). */
  stop(): void;
}

/**
 * Full jitter for y-websocket's reconnects (REL1 in server/SPEC.md). After a lost connection the
 * provider waits exactly min(100·2^n ms, maxBackoffTime), so after a server restart every client
 * comes back in the same instant. This takes the provider's own retry out of play (it only runs
 * while `shouldConnect` is set) and retries at a random moment of the same window instead.
 * Closes the server means as final (the provider's shouldReconnect: closeVerdict in
 * boardSession.ts, KEEP3) and a disconnect asked for are left to the provider.
 */
export function jitterReconnects(provider: WebsocketProvider, random: () => number = Math.random): ReconnectJitter {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };
  const onClose = (event: CloseEvent | null): void => {
    if (!provider.shouldConnect) return;
    if (event && !provider.shouldReconnect(event, provider)) return;
    provider.shouldConnect = false;
    // The provider counts this close right after the event, hence n + 1 as in its own delay.
    const window = Math.min(2 ** (provider.wsUnsuccessfulReconnects + 1) * 100, provider.maxBackoffTime);
    cancel();
    timer = setTimeout(() => {
      timer = undefined;
      provider.connect();
    }, random() * window);
  };
  provider.on('connection-close', onClose);
  return {
    cancel,
    stop() {
      cancel();
      provider.off('connection-close', onClose);
    },
  };
}
