import type { AuthService } from './AuthService.ts';
import type { ReleaseSlot } from './ConnectionLimiter.ts';

/**
 * The sessions that hold open sync connections, checked by `sweep` every `sessionSweepMs` (AUTH13).
 * A connection is authenticated once, at its upgrade; without this, a session that expires, or
 * whose account `npm run user -- remove` deleted from another process, would keep its open sockets
 * until they reconnect.
 */
export class OpenSessions {
  /** Open connections per session hash. */
  private readonly counts = new Map<string, number>();
  private sweeping = false;

  constructor(private readonly auth: AuthService) {}

  /** Counts one more connection of the session; the returned function uncounts it (calling it twice is harmless). */
  track(sessionHash: string): ReleaseSlot {
    this.counts.set(sessionHash, (this.counts.get(sessionHash) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.counts.get(sessionHash) ?? 0) - 1;
      if (left > 0) this.counts.set(sessionHash, left);
      else this.counts.delete(sessionHash);
    };
  }

  /** Ends every tracked session that is no longer live, which closes its connections; returns how many. */
  async sweep(): Promise<number> {
    // A slow store must not stack sweeps on top of each other.
    if (this.sweeping) return 0;
    this.sweeping = true;
    try {
      let ended = 0;
      for (const sessionHash of [...this.counts.keys()]) {
        if (!(await this.auth.expireSession(sessionHash))) continue;
        // Its sockets are closing; forget it now so the next sweep does not end it again.
        this.counts.delete(sessionHash);
        ended++;
      }
      return ended;
    } finally {
      this.sweeping = false;
    }
  }
}
