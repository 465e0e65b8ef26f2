/** Failed logins counted per key within a window (AUTH6). */
export interface ThrottleLimit {
  failures: number;
  windowMs: number;
}

/**
 * Slows password guessing (AUTH6): after `perUser.failures` failed logins for one username from one
 * client address, or `perAddress.failures` from one address whatever the usernames, within the
 * window, further attempts from there are refused until the oldest failure leaves the window, right
 * password or not. A username is never locked for everyone: a guesser elsewhere cannot lock the
 * admin out. A successful login clears that username's count at that address. Kept in memory: a
 * restart forgets it, which costs a guesser one window at most.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly perUser: ThrottleLimit,
    private readonly perAddress: ThrottleLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until this username may try again from this address; 0 when it may now. */
  retryAfter(username: string, address: string): number {
    return Math.max(this.wait(userKey(username, address), this.perUser), this.wait(addressKey(address), this.perAddress));
  }

  failed(username: string, address: string): void {
    for (const key of [userKey(username, address), addressKey(address)]) {
      const times = this.failures.get(key) ?? [];
      times.push(this.now());
      this.failures.set(key, times);
    }
  }

  succeeded(username: string, address: string): void {
    this.failures.delete(userKey(username, address));
  }

  private wait(key: string, limit: ThrottleLimit): number {
    const since = this.now() - limit.windowMs;
    const recent = (this.failures.get(key) ?? []).filter((time) => time > since);
    if (recent.length === 0) this.failures.delete(key);
    else this.failures.set(key, recent);
    return recent.length < limit.failures ? 0 : recent[recent.length - limit.failures]! - since;
  }
}

// A NUL cannot occur in a username (AUTH5) nor an address, so the keys of two pairs never collide.
const userKey = (username: string, address: string): string => `user:${username}\u0000${address}`;
const addressKey = (address: string): string => `addr:${address}`;
