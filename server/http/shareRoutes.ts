import { Hono } from 'hono';
import { MEETING_KIND } from '../../shared/meeting/meetingSchema.ts';
import type { AuthContext } from '../access/AuthContext.ts';
import { principalUserId } from '../access/Principal.ts';
import { requireBoardRole } from './requestAuth.ts';
import type { Storage } from '../storage/Storage.ts';
import { shareOrigin } from './shareOrigin.ts';

/**
 * /api/boards/:id/share: read-only links for a projector (AUTH8). A facilitator creates one (the
 * token is shown once, in `url`), lists them (without tokens) and revokes one, which also closes
 * the connections opened with it. The link's origin: SEC6. A meeting's link opens its projector (MTS9).
 */
export function shareRoutes(ctx: AuthContext & { storage: Storage }) {
  return new Hono()
    .post('/:id/share', async (c) => {
      const { board, principal } = await requireBoardRole(c, ctx, 'facilitator');
      // Decided before the link exists, so a refused Host leaves no link behind (SEC6).
      const origin = shareOrigin(c, ctx.config);
      const { share, token } = await ctx.auth.createShare(board.id, principalUserId(principal) ?? '');
      // A meeting's link opens its projector view (MTS9, "Visa på projektor"); a board's the board.
      const page = board.kind === MEETING_KIND ? `/m/${encodeURIComponent(board.id)}/present` : `/b/${encodeURIComponent(board.id)}`;
      const url = `${origin}${page}?share=${encodeURIComponent(token)}`;
      return c.json({ ...share, token, url }, 201);
    })
    .get('/:id/share', async (c) => {
      const { board } = await requireBoardRole(c, ctx, 'facilitator');
      return c.json(await ctx.auth.listShares(board.id));
    })
    .delete('/:id/share/:shareId', async (c) => {
      const { board } = await requireBoardRole(c, ctx, 'facilitator');
      await ctx.auth.revokeShare(board.id, c.req.param('shareId'));
      return c.body(null, 204);
    });
}
