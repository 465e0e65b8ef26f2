import type { HistoryStore } from '../storage/HistoryStore.ts';
import { DEFAULT_AUTH_CONFIG, type AuthConfig } from './AuthConfig.ts';
import type { AuthContext } from './AuthContext.ts';
import { AuthService, type ShareReach } from './AuthService.ts';
import type { AuthStore } from '../storage/AuthStore.ts';
import { ConnectionLimiter } from './ConnectionLimiter.ts';
import { LoginThrottle } from './LoginThrottle.ts';
import { OpenSessions } from './OpenSessions.ts';

/** Wires the service, login throttle, connection limiter and open sessions from a store, a history and the settings; `shareReach`: MTS9. */
export function createAuthContext(options: { store: AuthStore; history: HistoryStore; config?: AuthConfig; now?: () => Date; shareReach?: ShareReach }): AuthContext {
  const config = options.config ?? DEFAULT_AUTH_CONFIG;
  const now = options.now ?? (() => new Date());
  const auth = new AuthService(options.store, { sessionTtlMs: config.sessionTtlMs, passwordCost: config.passwordCost, now, ...(options.shareReach && { shareReach: options.shareReach }) });
  return {
    auth,
    config,
    throttle: new LoginThrottle(config.loginBackoff, () => now().getTime()),
    limiter: new ConnectionLimiter(config.maxConnectionsPerUser, config.maxConnectionsPerAddress),
    sessions: new OpenSessions(auth),
    history: options.history,
  };
}
