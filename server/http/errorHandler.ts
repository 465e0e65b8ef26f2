import type { ErrorHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HTTPException } from 'hono/http-exception';
import { SchemaError, type SchemaErrorCode } from '../../shared/schema/errors.ts';
import { AuthError, type AuthFailure } from '../access/AuthError.ts';
import type { Logger } from '../log.ts';
import { isStorageUnavailable, STORAGE_RETRY_AFTER_S } from '../storage/storageUnavailable.ts';
import { ApiError, type ApiErrorCode } from './ApiError.ts';

/** The `error` of a REST answer (API6): an ApiErrorCode, or the SchemaErrorCode of a refused shared/ operation. */
export type ErrorAnswerCode = ApiErrorCode | SchemaErrorCode;

const answer = (error: ErrorAnswerCode, message: string) => ({ error, message });

/** The status of each AuthService refusal. */
const AUTH_STATUS = {
  user_exists: 409,
  weak_password: 400,
  unknown_user: 404,
  invalid_credentials: 401,
  admin_role: 409,
  own_account: 409,
  last_admin: 409,
  unknown_member: 404,
  unknown_share: 404,
} as const satisfies Record<AuthFailure, ContentfulStatusCode>;

/**
 * The one place a failed request becomes a response (API6): `{ error: code, message }`.
 * An AuthError is AuthService's refusal, answered with its code and the status of AUTH_STATUS.
 * A SchemaError from a shared/ operation is the client's mistake (400) and keeps its own code
 * (`invalid_value`, `over_limit`…), so the client can tell what was refused; anything unexpected
 * is logged and answered 500 without details.
 */
export function errorHandler(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof ApiError) return c.json({ error: error.code, message: error.message, ...(error.reason !== undefined && { reason: error.reason }) }, error.status);
    if (error instanceof AuthError) return c.json({ ...answer(error.code, error.message), ...(error.reason !== undefined && { reason: error.reason }) }, AUTH_STATUS[error.code]);
    if (error instanceof SchemaError) return c.json(answer(error.code, `${error.field}: ${error.message}`), 400);
    if (error instanceof HTTPException) return c.json(answer('http_error', error.message), error.status);
    if (isStorageUnavailable(error)) {
      // A full disk or a held lock: the request may succeed later, so 503 and when to retry (OPS6).
      logger.log('error', { event: 'storage_unavailable', path: c.req.path, detail: error instanceof Error ? error.message : String(error) });
      c.header('Retry-After', String(STORAGE_RETRY_AFTER_S));
      return c.json(answer('storage_unavailable', 'storage is unavailable for now; try again shortly'), 503);
    }
    logger.log('error', { event: 'request_failed', path: c.req.path, detail: error instanceof Error ? error.stack : String(error) });
    return c.json(answer('server_error', 'internal server error'), 500);
  };
}
