/** Why AuthService refused, a closed set; the REST answer's `error` is the same word (API6, server/http/errorHandler.ts). */
export type AuthFailure =
  | 'user_exists'
  | 'weak_password'
  | 'unknown_user'
  | 'invalid_credentials'
  | 'admin_role'
  | 'own_account'
  | 'last_admin'
  | 'unknown_member'
  | 'unknown_share';

/**
 * The one way AuthService reports a refusal: it throws this, with a code the caller switches on (the
 * routes answer it, `npm run user` words it). A question with no answer (no such session, no role on
 * the board) is no refusal and resolves undefined.
 */
export class AuthError extends Error {
  constructor(
    readonly code: AuthFailure,
    message: string,
    /** A finer reason the client can word in its own language (`weak_password`: SEC7). */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}
