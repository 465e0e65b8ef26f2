import { Hono } from 'hono';
import type { Clock } from '../clock.ts';

/**
 * /api/time: the server's clock as epoch ms (MTS8), the same clock the meeting gate checks the
 * running state's timestamps against (MTS5), so that every browser counts a timer down from the
 * server's time, not its own. Open without a login (the projector asks before anything else) and
 * never cached: a cached answer would be a wrong time.
 */
export function timeRoutes(deps: { now: Clock }) {
  return new Hono().get('/', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ now: deps.now().getTime() });
  });
}
