import { Hono } from 'hono';
import { z } from 'zod';
import { readMeta } from '../../shared/read/readMeta.ts';
import { boardMetaFields } from '../../shared/schema/board.ts';
import { createBoard } from '../boards/createBoard.ts';
import type { BoardRecord, Storage } from '../storage/Storage.ts';
import type { RoomRegistry } from '../sync/RoomRegistry.ts';
import { parseJsonBody } from './parseJsonBody.ts';
import { requireBoard } from './requireBoard.ts';

/** The body of POST /api/boards, built from the document schema's own field rules. */
const newBoardBody = z.strictObject({
  title: boardMetaFields.title,
  kind: boardMetaFields.kind,
  target: boardMetaFields.target.optional(),
});

const summary = ({ id, title, kind, updatedAt }: BoardRecord) => ({ id, title, kind, updatedAt });

/** /api/boards: list, create, read one, archive (API2-API5). */
export function boardRoutes(deps: { storage: Storage; registry: RoomRegistry }) {
  const { storage, registry } = deps;
  return new Hono()
    .get('/', async (c) => c.json((await storage.listBoards()).map(summary)))
    .post('/', async (c) => {
      const body = await parseJsonBody(c, newBoardBody);
      const record = await createBoard(storage, body);
      return c.json(summary(record), 201);
    })
    .get('/:id', async (c) => {
      const board = await requireBoard(storage, c.req.param('id'));
      const meta = await registry.read(board.id, readMeta);
      return c.json({ ...board, meta });
    })
    .post('/:id/archive', async (c) => {
      const board = await requireBoard(storage, c.req.param('id'));
      await storage.archiveBoard(board.id);
      return c.json({ ...board, archived: true });
    });
}
