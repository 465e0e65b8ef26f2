import { Hono } from 'hono';
import type { AuthContext } from '../access/AuthContext.ts';
import { numberingWrite } from '../meetings/numberingWrite.ts';
import type { Storage } from '../storage/Storage.ts';
import type { RoomRegistry } from '../sync/RoomRegistry.ts';
import { ApiError } from './ApiError.ts';
import { requireMeeting } from './requireMeeting.ts';
import { requirePrincipal } from './requestAuth.ts';

/**
 * POST /api/meetings/:id/numbering (MTS18): the server numbers the meeting's unnumbered decisions
 * now, in its room's queue, and answers `{ numbered: [{ decisionId, paragraph }] }`, empty when
 * there is nothing to number. The series is the facilitator's to close, so only the meeting's
 * facilitator and an admin (a facilitator everywhere, ROLE1) may ask; anyone else with a role is 403.
 */
export function numberingRoutes(deps: AuthContext & { storage: Storage; registry: RoomRegistry }) {
  return new Hono().post('/:id/numbering', async (c) => {
    const { record, access } = await requireMeeting(deps, await requirePrincipal(c, deps), c.req.param('id'));
    if (access.role !== 'facilitator') throw new ApiError(403, 'forbidden', 'only the facilitator numbers the paragraphs');
    const numbered = await deps.registry.writeAsServer(record.id, numberingWrite(deps.storage, record.id));
    return c.json({ numbered });
  });
}
