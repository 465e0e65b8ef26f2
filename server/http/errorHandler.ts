import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { SchemaError } from '../../shared/schema/errors.ts';
import type { Logger } from '../log.ts';
import { isStorageUnavailable, STORAGE_RETRY_AFTER_S } from '../storage/storageUnavailable.ts';
import { ApiError } from './ApiError.ts';

/**
 * The one place a failed request becomes a response (API6): `{ error: code, message }`.
 * A SchemaError from a shared/ operation is the client's mistake (400); anything unexpected
 * is logged and answered 500 without details.
 */
export function errorHandler(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof ApiError) return c.json({ error: error.code, message: error.message, ...(error.reason !== undefined && { reason: error.reason }) }, error.status);
    if (error instanceof SchemaError) return c.json({ error: 'invalid_body', message: `${error.field}: ${error.message}` }, 400);
    if (error instanceof HTTPException) return c.json({ error: 'http_error', message: error.message }, error.status);
    if (isStorageUnavailable(error)) {
      // A full disk or a held lock: the request may succeed later, so 503 and when to retry (OPS6).
      logger.log('error', { event: 'storage_unavailable', path: c.req.path, detail: error instanceof Error ? error.message : String(error) });
      c.header('Retry-After', String(STORAGE_RETRY_AFTER_S));
      return c.json({ error: 'storage_unavailable', message: 'storage is unavailable for now; try again shortly' }, 503);
    }
    logger.log('error', { event: 'request_failed', path: c.req.path, detail: error instanceof Error ? error.stack : String(error) });
    return c.json({ error: 'server_error', message: 'internal server error' }, 500);
  };
}
