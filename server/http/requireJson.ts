import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE } from './requestAuth.ts';
import { ApiError } from './ApiError.ts';

const CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * SEC4: a request that changes something and carries a body or the session cookie must say
 * `Content-Type: application/json`, else 415 `unsupported_media_type`. A page of another site can
 * send text/plain, a form or multipart without asking, never application/json: so a request
 * the browser sent on its own, with the cookie and perhaps no Origin, goes no further. A request
 * with a bearer token and no body (`curl -X DELETE`) needs no type.
 */
export const requireJson: MiddlewareHandler = async (c, next) => {
  if (!CHANGING.has(c.req.method)) return next();
  const hasBody = c.req.header('transfer-encoding') !== undefined || Number(c.req.header('content-length') ?? 0) > 0;
  if (!hasBody && getCookie(c, SESSION_COOKIE) === undefined) return next();
  const mediaType = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') throw new ApiError(415, 'unsupported_media_type', 'send the request as Content-Type: application/json');
  return next();
};
