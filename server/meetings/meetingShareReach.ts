import { MEETING_KIND } from '../../shared/meeting/meetingSchema.ts';
import { linkedBoardIds } from '../../shared/meeting/readMeeting.ts';
import type { Storage } from '../storage/Storage.ts';
import type { RoomRegistry } from '../sync/RoomRegistry.ts';

/**
 * MTS9: a share link of a meeting (the projector's "Visa på projektor") reads, besides the meeting,
 * every board its agenda links right now: `linkedBoardIds` of the meeting as stored or as its open
 * room holds it (registry.read, which opens no room), asked at each request and /sync upgrade. Never
 * another meeting, never a board the agenda does not link, and a link to a board reaches nothing more.
 * AuthService.boardAccess asks it (its ShareReach) for every board but the link's own, and only
 * once the link's maker may read that board itself (MTS12).
 */
export function meetingShareReach(storage: Storage, registry: Pick<RoomRegistry, 'read'>): (sharedId: string, boardId: string) => Promise<boolean> {
  return async (sharedId, boardId) => {
    const [shared, board] = await Promise.all([storage.getBoard(sharedId), storage.getBoard(boardId)]);
    if (shared?.kind !== MEETING_KIND || board === undefined || board.kind === MEETING_KIND) return false;
    return (await registry.read(sharedId, linkedBoardIds)).includes(boardId);
  };
}
