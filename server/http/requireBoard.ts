import { isValidId } from '../../shared/ids.ts';
import type { BoardRecord, Storage } from '../storage/Storage.ts';
import { ApiError } from './ApiError.ts';

/** The board with this id: 400 for an id no board can have, 404 for one that is not registered (API6, SRV10). */
export async function requireBoard(storage: Storage, id: string): Promise<BoardRecord> {
  if (!isValidId(id)) throw new ApiError(400, 'invalid_id', `"${id.slice(0, 80)}" is not a valid board id`);
  const board = await storage.getBoard(id);
  if (!board) throw new ApiError(404, 'unknown_board', `no board with id "${id}"`);
  return board;
}
