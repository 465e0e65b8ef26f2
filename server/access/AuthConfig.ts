import { DEFAULT_PASSWORD_COST } from './password.ts';
import type { LoginBackoff } from './LoginThrottle.ts';

/** The settings of accounts and of the HTTP surface they are reached through (CFG3, CFG4 in server/SPEC.md). */
export interface AuthConfig {
  /** The password `admin` gets on first start; a random one is printed when absent (AUTH7). */
  adminPassword?: string;
  /** Sliding session lifetime (AUTH4). */
  sessionTtlMs: number;
  /** Mark the session cookie Secure: set when the server is reached over https. */
  cookieSecure: boolean;
  /** Origins besides the server's own that may open /sync from a browser and post with the cookie (AUTH10). */
  allowedOrigins: string[];
  /** Open sync connections allowed per account (or share link) and per client address (AUTH12). */
  maxConnectionsPerUser: number;
  maxConnectionsPerAddress: number;
  /** How often the sessions holding open sync connections are checked for expiry (AUTH13). */
  sessionSweepMs: number;
  /**
   * Behind a reverse proxy: take the client's address from the right-most X-Forwarded-For entry,
   * the one the proxy added, instead of the socket's peer (AUTH15). Off, the header is ignored.
   */
  trustProxy: boolean;
  /** scrypt cost (a power of two) for new password hashes. */
  passwordCost: number;
  /** How failed logins slow further attempts (SEC3). */
  loginBackoff: LoginBackoff;
  /** Largest request body any route reads (SEC1). */
  maxBodyBytes: number;
  /** The address people reach the server at (`https://tavla.example.org`): share links are built on it (SEC6). */
  publicUrl?: string;
}

/** The defaults, also used when a caller of startServer gives no auth settings (tests). */
export const DEFAULT_AUTH_CONFIG: AuthConfig = {
  sessionTtlMs: 12 * 60 * 60 * 1000,
  cookieSecure: false,
  allowedOrigins: [],
  maxConnectionsPerUser: 20,
  maxConnectionsPerAddress: 50,
  sessionSweepMs: 30_000,
  trustProxy: false,
  passwordCost: DEFAULT_PASSWORD_COST,
  loginBackoff: { freeFailures: 5, freeFailuresPerAddress: 30, firstDelayMs: 1000, maxDelayMs: 15 * 60 * 1000, forgetAfterMs: 60 * 60 * 1000, trustMs: 90 * 24 * 60 * 60 * 1000 },
  maxBodyBytes: 1024 * 1024,
};
