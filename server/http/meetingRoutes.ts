import { Hono } from 'hono';
import { z } from 'zod';
import * as Y from 'yjs';
import type { AuthContext } from '../access/AuthContext.ts';
import type { Principal } from '../access/Principal.ts';
import type { Clock } from '../clock.ts';
import { createMeeting } from '../meetings/createMeeting.ts';
import { listMeetings, summarizeMeeting } from '../meetings/meetingSummaries.ts';
import type { Storage } from '../storage/Storage.ts';
import type { RoomRegistry } from '../sync/RoomRegistry.ts';
import { requireMeeting as requireMeetingAccess } from './requireMeeting.ts';
import { parseJsonBody } from './parseJsonBody.ts';
import { requireCreator, requirePrincipal } from './requestAuth.ts';

/**
 * The body of POST /api/meetings: the shape only (strings, no unknown fields: invalid_body); the
 * values are the model's to judge (initMeeting's SchemaError, 400 with its own code, API6).
 */
const newMeetingBody = z.strictObject({
  title: z.string(),
  date: z.string(),
  startTime: z.string().optional(),
  place: z.string().optional(),
  videoLink: z.string().optional(),
  group: z.string().optional(),
  from: z.string().optional(),
});

/**
 * /api/meetings: list, create, read one (MTS7). A meeting is a registry record of kind 'meeting'
 * (MTS1), so its members and share links are those of /api/boards/:id/{members,share}; these routes
 * list and create meetings only, and a board's id here is 404 `unknown_meeting`, as an unknown id is.
 */
export function meetingRoutes(deps: AuthContext & { storage: Storage; registry: RoomRegistry; now: Clock }) {
  const { storage, registry, auth } = deps;

  const requireMeeting = (principal: Principal, id: string) => requireMeetingAccess(deps, principal, id);

  return new Hono()
    .get('/', async (c) => {
      const principal = await requirePrincipal(c, deps);
      if (principal.kind === 'share') return c.json(await listMeetings(storage, registry, (record) => record.id === principal.boardId));
      if (principal.user.siteRole === 'admin') return c.json(await listMeetings(storage, registry, () => true));
      const mine = await auth.memberBoardIds(principal.user.id);
      return c.json(await listMeetings(storage, registry, (record) => mine.has(record.id)));
    })
    .post('/', async (c) => {
      const creator = await requireCreator(c, deps);
      const { from, ...fields } = await parseJsonBody(c, newMeetingBody);
      // Carrying over reads the earlier meeting, so the creator must be able to read it (ROLE6).
      const previous = from === undefined ? undefined : await registry.read((await requireMeeting(creator, from)).record.id, (doc) => Y.encodeStateAsUpdate(doc));
      const record = await createMeeting(storage, fields, { ...(previous && { previous }), now: deps.now() });
      await auth.addCreator(record.id, creator.user);
      return c.json(await summarizeMeeting(registry, record), 201);
    })
    .get('/:id', async (c) => {
      const { record, access } = await requireMeeting(await requirePrincipal(c, deps), c.req.param('id'));
      return c.json({ ...(await summarizeMeeting(registry, record)), role: access.role });
    });
}
