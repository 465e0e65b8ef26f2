/** Failed logins counted per key within a window (AUTH6). */
export interface ThrottleLimit {
  failures: number;
  windowMs: number;
}

/**
 * Slows password guessing: after `failures` failed logins for one username, or for one client
 * address, within `windowMs`, further attempts are refused until the oldest failure leaves the
 * window, right password or not. A successful login clears its username's count. Kept in
 * memory: a restart forgets it, which costs a guesser one window at most.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly perUser: ThrottleLimit,
    private readonly perAddress: ThrottleLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until this username/address may try again; 0 when it may now. */
  retryAfter(username: string, address: string): number {
    return Math.max(this.wait(`user:${username}`, this.perUser), this.wait(`addr:${address}`, this.perAddress));
  }

  failed(username: string, address: string): void {
    for (const key of [`user:${username}`, `addr:${address}`]) {
      const times = this.failures.get(key) ?? [];
      times.push(this.now());
      this.failures.set(key, times);
    }
  }

  succeeded(username: string): void {
    this.failures.delete(`user:${username}`);
  }

  private wait(key: string, limit: ThrottleLimit): number {
    const since = this.now() - limit.windowMs;
    const recent = (this.failures.get(key) ?? []).filter((time) => time > since);
    if (recent.length === 0) this.failures.delete(key);
    else this.failures.set(key, recent);
    return recent.length < limit.failures ? 0 : recent[recent.length - limit.failures]! - since;
  }
}
