import { isValidId } from '../../shared/ids.ts';
import { MEETING_KIND } from '../../shared/meeting/meetingSchema.ts';
import type { AuthContext } from '../access/AuthContext.ts';
import type { Principal } from '../access/Principal.ts';
import type { BoardAccess } from '../access/roles.ts';
import type { BoardRecord, Storage } from '../storage/Storage.ts';
import { ApiError } from './ApiError.ts';

/** The meeting `id` names and the principal's access to it: 400 for a bad id, 404 for no meeting (a board's id too), 403 for no role on it (ROLE6, MTS7). */
export async function requireMeeting(deps: AuthContext & { storage: Storage }, principal: Principal, id: string): Promise<{ record: BoardRecord; access: BoardAccess }> {
  if (!isValidId(id)) throw new ApiError(400, 'invalid_id', `"${id.slice(0, 80)}" is not a valid meeting id`);
  const record = await deps.storage.getBoard(id);
  if (record?.kind !== MEETING_KIND) throw new ApiError(404, 'unknown_meeting', `no meeting with id "${id}"`);
  const access = await deps.auth.boardAccess(principal, id);
  if (!access) throw new ApiError(403, 'forbidden', 'you have no access to this meeting');
  return { record, access };
}
