import type { Context } from 'hono';
import type { Socket } from 'node:net';
import type { AuthConfig } from '../access/AuthConfig.ts';
import { ApiError } from './ApiError.ts';

/** `host:port` as a Host header names the address this request's socket was accepted on. */
function listeningHosts(c: Context): string[] {
  type Bindings = { incoming?: { socket?: Socket } };
  const env = c.env as (Bindings & { server?: Bindings }) | undefined;
  const socket = (env?.server ?? env)?.incoming?.socket;
  if (!socket?.localAddress || !socket.localPort) return []; // app.request() in tests has no socket
  const address = socket.localAddress.replace(/^::ffff:(?=\d+\.)/, '');
  const host = address.includes(':') ? `[${address}]` : address;
  const loopback = address === '::1' || address.startsWith('127.');
  return [host, ...(loopback ? ['localhost'] : [])].map((name) => `${name}:${socket.localPort}`);
}

/**
 * The origin a share link is built on (SEC6): PUBLIC_URL when set. Without it, the Host the request
 * names, but only when it is one the server knows for itself: the host of an ALLOWED_ORIGINS entry
 * (that entry's origin), or the address and port the request's socket was accepted on (http). Any
 * other Host is 400 `invalid_host`, so a forged Host never puts a link to another site in a
 * facilitator's hands.
 */
export function shareOrigin(c: Context, config: AuthConfig): string {
  if (config.publicUrl) return config.publicUrl;
  const host = c.req.header('host')?.toLowerCase() ?? '';
  const allowed = config.allowedOrigins.find((origin) => URL.canParse(origin) && new URL(origin).host === host);
  if (allowed) return new URL(allowed).origin;
  if (listeningHosts(c).includes(host)) return `http://${host}`;
  throw new ApiError(400, 'invalid_host', 'this server does not know the host the request names; set PUBLIC_URL');
}
