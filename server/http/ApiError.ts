import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An expected failure of a request: the status, a code from a closed set, and a message for people. */
export type ApiErrorCode =
  | 'invalid_json'
  | 'invalid_body'
  | 'invalid_id'
  | 'unknown_board'
  | 'unknown_meeting'
  | 'board_exists'
  | 'not_found'
  | 'upgrade_required'
  // accounts and roles (AUTH, ROLE rules in server/SPEC.md)
  | 'unauthorized'
  | 'forbidden'
  | 'invalid_credentials'
  | 'too_many_requests'
  | 'user_exists'
  | 'unknown_user'
  | 'unknown_member'
  | 'unknown_share'
  | 'own_account'
  | 'last_admin'
  // hardening (SEC rules in server/SPEC.md)
  | 'too_large'
  | 'unsupported_media_type'
  | 'weak_password'
  | 'invalid_host'
  | 'admin_role'
  | 'storage_unavailable'
  // what errorHandler.ts answers for a failure no handler named: Hono's own (a 404 route, a bad method) and a bug
  | 'http_error'
  | 'server_error';

/** Thrown by handlers; app.onError turns it into `{ error: code, message }` (API6). */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    /** A finer reason the client can word in its own language (`weak_password`: SEC7). */
    readonly reason?: string,
  ) {
    super(status, { message });
  }
}
