import type { HistoryStore } from '../storage/HistoryStore.ts';
import type { AuthConfig } from './AuthConfig.ts';
import type { AuthService } from './AuthService.ts';
import type { ConnectionLimiter } from './ConnectionLimiter.ts';
import type { LoginThrottle } from './LoginThrottle.ts';
import type { OpenSessions } from './OpenSessions.ts';

/** What the account routes need: the service, its settings, the login throttle, connection limits and open sessions, and the history. */
export interface AuthContext {
  auth: AuthService;
  config: AuthConfig;
  throttle: LoginThrottle;
  limiter: ConnectionLimiter;
  sessions: OpenSessions;
  history: HistoryStore;
}
