import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AuthContext } from '../access/AuthContext.ts';
import { authRoutes } from './authRoutes.ts';
import { boardRoutes } from './boardRoutes.ts';
import { changeRoutes } from './changeRoutes.ts';
import { decisionLogRoutes } from './decisionLogRoutes.ts';
import { exportRoutes } from './exportRoutes.ts';
import { historyRoutes } from './historyRoutes.ts';
import { importRoutes } from './importRoutes.ts';
import { meetingRoutes } from './meetingRoutes.ts';
import { memberRoutes } from './memberRoutes.ts';
import { minutesRoutes } from './minutesRoutes.ts';
import { numberingRoutes } from './numberingRoutes.ts';
import { shareRoutes } from './shareRoutes.ts';
import { userRoutes } from './userRoutes.ts';
import { ApiError } from './ApiError.ts';
import { errorHandler } from './errorHandler.ts';
import { healthRoutes } from './healthRoutes.ts';
import { limitBody } from './limitBody.ts';
import { requireJson } from './requireJson.ts';
import { securityHeaders } from './securityHeaders.ts';
import { syncRoutes } from './syncRoutes.ts';
import { timeRoutes } from './timeRoutes.ts';
import type { Clock } from '../clock.ts';
import type { Logger } from '../log.ts';
import type { Storage } from '../storage/Storage.ts';
import type { RoomRegistry } from '../sync/RoomRegistry.ts';

export interface AppDeps extends AuthContext {
  storage: Storage;
  registry: RoomRegistry;
  logger: Logger;
  /** The built client (dist/client) to serve, with index.html for every other path; none when absent. */
  clientDir?: string;
  /** The server's clock: /api/time answers it and new meetings are stamped with it (MTS7, MTS8); the gate checks times against the same one. */
  now?: Clock;
}

/**
 * The whole HTTP surface: REST under /api, the sync endpoint, and the built client. Testable with
 * app.request(). Everything but /api/health, /api/time and /api/auth/login needs a login (ROLE6, MTS8). Every
 * response has the security headers (SEC5), every body is capped (SEC1), and every request that
 * changes something with a body or the cookie must be JSON (SEC4).
 */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  const now = deps.now ?? (() => new Date());
  app.use('*', securityHeaders({ https: deps.config.cookieSecure }));
  app.use('*', limitBody(deps.config.maxBodyBytes));
  app.use('/api/*', requireJson);
  app.route('/api/health', healthRoutes(deps));
  app.route('/api/time', timeRoutes({ now }));
  app.route('/api/auth', authRoutes(deps));
  app.route('/api/users', userRoutes(deps));
  app.route('/api/boards', boardRoutes(deps));
  app.route('/api/boards', memberRoutes(deps));
  app.route('/api/boards', shareRoutes(deps));
  app.route('/api/boards', historyRoutes(deps));
  app.route('/api/boards', changeRoutes(deps));
  app.route('/api/boards', decisionLogRoutes(deps));
  app.route('/api/boards', exportRoutes({ ...deps, now }));
  app.route('/api/boards', importRoutes({ ...deps, now }));
  app.route('/api/meetings', meetingRoutes({ ...deps, now }));
  app.route('/api/meetings', minutesRoutes(deps));
  app.route('/api/meetings', numberingRoutes(deps));
  app.route('/sync', syncRoutes(deps));
  app.all('/api/*', (c) => {
    throw new ApiError(404, 'not_found', `no route ${c.req.method} ${c.req.path}`);
  });
  if (deps.clientDir) {
    app.use('*', serveStatic({ root: deps.clientDir }));
    // Single-page app: any other path is a client route, so it gets the app's index.html.
    app.get('*', serveStatic({ root: deps.clientDir, path: 'index.html' }));
  }
  app.notFound((c) => c.json({ error: 'not_found', message: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.onError(errorHandler(deps.logger));
  return app;
}
