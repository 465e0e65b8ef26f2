import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_CONFIG } from '../../../server/access/AuthConfig.ts';
import { LoginThrottle, MAX_COUNTS } from '../../../server/access/LoginThrottle.ts';

// The login route withdraws an attempt that the server could not decide (tests/ops/diskFull.test.ts
// makes the 503 on a real full disk); here, what a withdrawn attempt leaves behind.
describe('an attempt the server could not decide is not counted (SEC3, OPS6)', () => {
  it('[SEC3] logins that fail for the server’s sake, however many, leave no wait behind; failed guesses still do', () => {
    let now = 0;
    const throttle = new LoginThrottle(DEFAULT_AUTH_CONFIG.loginBackoff, () => now);
    for (let i = 0; i < 3 * DEFAULT_AUTH_CONFIG.loginBackoff.freeFailures; i++) {
      const attempt = throttle.begin('anna', '198.51.100.7');
      expect(attempt.allowed).toBe(true);
      if (attempt.allowed) attempt.withdraw();
      now += 10;
    }
    expect(throttle.begin('anna', '198.51.100.7').allowed).toBe(true);

    for (let i = 0; i < 2 * DEFAULT_AUTH_CONFIG.loginBackoff.freeFailures; i++) {
      throttle.begin('bo', '198.51.100.8');
      now += 10;
    }
    expect(throttle.begin('bo', '198.51.100.8').allowed).toBe(false);
  });
});

describe('what the throttle keeps stays bounded (SEC3)', () => {
  it('[SEC3] a spray of ever new usernames from ever new addresses keeps at most MAX_COUNTS counts, and the newest still slow their guesser', () => {
    let now = 0;
    const throttle = new LoginThrottle(DEFAULT_AUTH_CONFIG.loginBackoff, () => now);
    for (let i = 0; i < MAX_COUNTS; i++) throttle.begin(`namn${i}`, `2001:db8::${i.toString(16)}`);
    expect((throttle as unknown as { failures: Map<string, unknown> }).failures.size).toBe(MAX_COUNTS);
    for (let i = 0; i < 2 * DEFAULT_AUTH_CONFIG.loginBackoff.freeFailures; i++) {
      throttle.begin('anna', '198.51.100.9');
      now += 10;
    }
    expect(throttle.begin('anna', '198.51.100.9').allowed).toBe(false);
  });
});
