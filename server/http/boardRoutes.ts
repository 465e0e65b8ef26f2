import { Hono } from 'hono';
import { z } from 'zod';
import { readMeta } from '../../shared/read/readMeta.ts';
import { boardMetaFields } from '../../shared/schema/board.ts';
import { MEETING_KIND } from '../../shared/meeting/meetingSchema.ts';
import { readMeetingMeta } from '../../shared/meeting/readMeeting.ts';
import { createBoard } from '../boards/createBoard.ts';
import type { BoardRecord, Storage } from '../storage/Storage.ts';
import type { RoomRegistry } from '../sync/RoomRegistry.ts';
import { parseJsonBody } from './parseJsonBody.ts';
import type { AuthContext } from '../access/AuthContext.ts';
import { requireBoardRole, requireCreator, requirePrincipal } from './requestAuth.ts';

/** The body of POST /api/boards, built from the document schema's own field rules. */
const newBoardBody = z.strictObject({
  title: boardMetaFields.title,
  kind: boardMetaFields.kind,
  target: boardMetaFields.target.optional(),
});

const summary = ({ id, title, kind, updatedAt }: BoardRecord) => ({ id, title, kind, updatedAt });

/**
 * /api/boards: list, create, read one, archive (API2-API5), each behind its role (ROLE6): the list
 * holds only the boards the caller may read, never a meeting (MTS1); an admin or a creator may create a board and becomes
 * its facilitator (SEC2); reading needs any role on the board, archiving the facilitator's.
 */
export function boardRoutes(deps: AuthContext & { storage: Storage; registry: RoomRegistry }) {
  const { storage, registry, auth } = deps;
  return new Hono()
    .get('/', async (c) => {
      const principal = await requirePrincipal(c, deps);
      // Meetings are rows of the same registry and are listed by /api/meetings only (MTS1).
      const boards = (await storage.listBoards()).filter((board) => board.kind !== MEETING_KIND);
      if (principal.kind === 'share') {
        // Its board, or the boards its meeting links (MTS9): few, and each asked as any request would.
        const readable = await Promise.all(boards.map(async (board) => (await auth.boardAccess(principal, board.id)) !== undefined));
        return c.json(boards.filter((_board, i) => readable[i]).map(summary));
      }
      if (principal.user.siteRole === 'admin') return c.json(boards.map(summary));
      const mine = await auth.memberBoardIds(principal.user.id);
      return c.json(boards.filter((board) => mine.has(board.id)).map(summary));
    })
    .post('/', async (c) => {
      const { user } = await requireCreator(c, deps);
      const body = await parseJsonBody(c, newBoardBody);
      const record = await createBoard(storage, body);
      await auth.addCreator(record.id, user);
      return c.json(summary(record), 201);
    })
    .get('/:id', async (c) => {
      const { board } = await requireBoardRole(c, deps, 'viewer');
      // A meeting's meta is a meeting's (MTS1): read as a board's it would say kind 'general'.
      const meta = await registry.read(board.id, (doc) => (board.kind === MEETING_KIND ? readMeetingMeta(doc) : readMeta(doc)));
      return c.json({ ...board, meta });
    })
    .post('/:id/archive', async (c) => {
      const { board } = await requireBoardRole(c, deps, 'facilitator');
      await storage.archiveBoard(board.id);
      return c.json({ ...board, archived: true });
    });
}
