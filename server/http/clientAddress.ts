import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { isIP } from 'node:net';

/**
 * The client's address for the login throttle and the connection limits (AUTH6, AUTH12, AUTH15).
 * Without `trustProxy` it is the socket's peer and X-Forwarded-For is ignored: anyone can write that
 * header, so trusting it would let one machine pose as many. With it, the right-most entry, the one
 * the proxy in front appended; the entries left of it are whatever the client sent. A header that
 * is missing or not an address leaves the socket's peer, the proxy, which only makes limits stricter.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded && isIP(forwarded)) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}
