import { randomBytes } from 'node:crypto';

/** How failed logins slow the next attempts (SEC3). */
export interface LoginBackoff {
  /** Failures at one username after which each attempt at it waits. */
  freeFailures: number;
  /** Failures from one address, whatever the usernames, after which each attempt from there waits. */
  freeFailuresPerAddress: number;
  /** The first wait; it doubles with each further failure. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A count with no failure for this long is forgotten; at least maxDelayMs. */
  forgetAfterMs: number;
  /** How long a browser that logged in to an account stays known to it (the device cookie). */
  trustMs: number;
}

/**
 * What the throttle says of one login attempt: go ahead, counted as a failure until
 * `succeeded()` takes it back (and names the device token to give the browser), or wait this long.
 */
export type LoginAttempt =
  | { allowed: true; succeeded(): string; /** The attempt could not be decided (storage failed, OPS6): it is not counted. */ withdraw(): void }
  | { allowed: false; retryAfterMs: number };

interface Failures {
  count: number;
  last: number;
}

/** Known browsers of one account are capped, so one password cannot fill the memory with them. */
const DEVICES_PER_USER = 20;
const SWEEP_EVERY_MS = 60_000;
/** Failure counts kept at most (usernames and addresses): a few MB. */
export const MAX_COUNTS = 100_000;

/**
 * Slows password guessing (SEC3). An attempt is counted as a failure the moment it is allowed,
 * before the password is hashed, so attempts sent at once cannot all pass while none has failed
 * yet; a success takes its count back.
 *
 * From a browser not known to the account, a username's failures from anywhere and an address's
 * failures whatever the usernames slow every further attempt: after the free failures the next
 * waits `firstDelayMs`, doubling per failure up to `maxDelayMs`. A browser that logged in to the
 * account within `trustMs` sends its device token and meets only its own failures, so nobody
 * else, on a shared address or anywhere, can keep the account's owner out. Nothing here is a fixed
 * lock-out. Kept in memory: a restart forgets it, which gives a guesser a few attempts more and
 * makes known browsers unknown.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();
  /** Known browsers per username: device token → until when. */
  private readonly devices = new Map<string, Map<string, number>>();
  private lastSweep = 0;

  constructor(
    private readonly backoff: LoginBackoff,
    private readonly now: () => number = Date.now,
  ) {}

  /** Decides an attempt at `username` from `address`, with the browser's device token if it has one, and counts it when it may go ahead. */
  begin(username: string, address: string, device?: string): LoginAttempt {
    const now = this.now();
    this.sweep(now);
    const known = device !== undefined && (this.devices.get(username)?.get(device) ?? 0) > now;
    const counts: [string, number][] = known
      ? [[`device:${device}`, this.backoff.freeFailures]]
      : [
          [`user:${username}`, this.backoff.freeFailures],
          [`addr:${address}`, this.backoff.freeFailuresPerAddress],
        ];
    const wait = Math.max(...counts.map(([key, free]) => this.wait(key, free, now)));
    if (wait > 0) return { allowed: false, retryAfterMs: wait };

    for (const [key] of counts) this.count(key, now);
    return {
      allowed: true,
      succeeded: () => this.succeeded(username, address, known ? device : undefined),
      withdraw: () => counts.forEach(([key]) => this.uncount(key)),
    };
  }

  private succeeded(username: string, address: string, device: string | undefined): string {
    this.failures.delete(`user:${username}`);
    if (device !== undefined) this.failures.delete(`device:${device}`);
    const fromAddress = this.failures.get(`addr:${address}`);
    if (fromAddress && --fromAddress.count <= 0) this.failures.delete(`addr:${address}`);
    const known = this.devices.get(username) ?? new Map<string, number>();
    const token = device ?? randomBytes(24).toString('base64url');
    known.delete(token);
    known.set(token, this.now() + this.backoff.trustMs);
    if (known.size > DEVICES_PER_USER) known.delete(known.keys().next().value!);
    this.devices.set(username, known);
    return token;
  }

  private count(key: string, now: number): void {
    const failures = this.failures.get(key);
    const counted = failures && now - failures.last <= this.backoff.forgetAfterMs ? failures.count : 0;
    // Re-inserted, so the map's order is the order of last failure and its first key the stalest.
    this.failures.delete(key);
    this.failures.set(key, { count: counted + 1, last: now });
    // Spraying names from ever new addresses must not grow memory without end: past the cap, the
    // stalest count goes, which gives its username or address a few guesses more, no more.
    if (this.failures.size > MAX_COUNTS) this.failures.delete(this.failures.keys().next().value!);
  }

  private uncount(key: string): void {
    const failures = this.failures.get(key);
    if (failures && --failures.count <= 0) this.failures.delete(key);
  }

  private wait(key: string, free: number, now: number): number {
    const failures = this.failures.get(key);
    if (!failures || now - failures.last > this.backoff.forgetAfterMs || failures.count < free) return 0;
    const delay = Math.min(this.backoff.maxDelayMs, this.backoff.firstDelayMs * 2 ** (failures.count - free));
    return Math.max(0, failures.last + delay - now);
  }

  /** Drops what can no longer slow anyone, so usernames sprayed once do not pile up in memory. */
  private sweep(now: number): void {
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    for (const [key, failures] of this.failures) if (now - failures.last > this.backoff.forgetAfterMs) this.failures.delete(key);
    for (const [username, known] of this.devices) {
      for (const [token, until] of known) if (until <= now) known.delete(token);
      if (known.size === 0) this.devices.delete(username);
    }
  }
}
