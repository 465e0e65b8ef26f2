import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

// Only a plain host[:port] is written into the policy, so a forged Host cannot add directives.
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/** The websocket origins of the host the page was asked for: /sync is on the same host (SEC5). */
const syncOrigins = (c: Context): string => {
  const host = c.req.header('host') ?? '';
  return HOST.test(host) ? `ws://${host} wss://${host}` : '';
};

/**
 * The security headers of every response (SEC5): a policy that lets the page run only the built
 * client's own files (no inline or injected script, no eval), talk only to its own server and
 * /sync, and never be framed; no MIME sniffing; no referrer, so a share link's token never leaves
 * in one. HSTS only when the server is reached over https (COOKIE_SECURE).
 */
export const securityHeaders = (options: { https: boolean }): MiddlewareHandler =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'", syncOrigins],
      workerSrc: ["'self'"],
      manifestSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    strictTransportSecurity: options.https ? 'max-age=15552000' : false,
  });
