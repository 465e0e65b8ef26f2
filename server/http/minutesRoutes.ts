import { Hono } from 'hono';
import { readMeeting } from '../../shared/meeting/readMeeting.ts';
import type { AuthContext } from '../access/AuthContext.ts';
import { attachmentHeader } from '../minutes/attachmentName.ts';
import { extractable, extractDocument, minutesDocument, packDocx } from '../minutes/minutesDocx.ts';
import type { Storage } from '../storage/Storage.ts';
import type { RoomRegistry } from '../sync/RoomRegistry.ts';
import { ApiError } from './ApiError.ts';
import { requireMeeting } from './requireMeeting.ts';
import { requirePrincipal } from './requestAuth.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * /api/meetings/:id/minutes…: the minutes and a protokollsutdrag as DOCX (MTS20, MTS21), for anyone
 * who may read the meeting, its share link too. `?to=` names one of the decision's Expedieras till
 * as the extract's recipient; any other name is refused, so no extract is addressed to a stranger. Read through `registry.read`, which opens no room.
 */
export function minutesRoutes(deps: AuthContext & { storage: Storage; registry: RoomRegistry }) {
  const { registry } = deps;

  const download = (bytes: Buffer, name: string) =>
    new Response(new Uint8Array(bytes), { headers: { 'content-type': DOCX, 'content-disposition': attachmentHeader(name), 'cache-control': 'no-store' } });

  return new Hono()
    .get('/:id/minutes.docx', async (c) => {
      const { record } = await requireMeeting(deps, await requirePrincipal(c, deps), c.req.param('id'));
      const snapshot = await registry.read(record.id, readMeeting);
      return download(await packDocx(minutesDocument(snapshot)), `Protokoll ${snapshot.meta.title} ${snapshot.meta.date}.docx`);
    })
    .get('/:id/minutes/:decisionId/extract.docx', async (c) => {
      const { record } = await requireMeeting(deps, await requirePrincipal(c, deps), c.req.param('id'));
      const snapshot = await registry.read(record.id, readMeeting);
      const decision = extractable(snapshot, c.req.param('decisionId'));
      if (!decision) throw new ApiError(404, 'not_found', `meeting "${record.id}" has no decision "${c.req.param('decisionId').slice(0, 80)}"`);
      const to = c.req.query('to');
      if (to !== undefined && !decision.sendTo.includes(to)) throw new ApiError(400, 'invalid_body', `"${to.slice(0, 80)}" is not among the decision's Expedieras till`);
      const mark = decision.paragraph === undefined ? '' : ` § ${decision.paragraph}`;
      const suffix = to === undefined ? '' : ` till ${to}`;
      return download(await packDocx(extractDocument(snapshot, decision, to)), `Protokollsutdrag${mark} ${snapshot.meta.title} ${snapshot.meta.date}${suffix}.docx`);
    });
}
