import { SchemaError } from '../schema/errors.ts';

/**
 * Refuses, before anything is written, to add one more entry to a collection already at its cap
 * (LIM2): the server would refuse the update and the client reload, so the user is told here
 * instead. `size` is the collection's current size.
 */
export function requireRoom(size: number, max: number, field: string): void {
  if (size >= max) throw new SchemaError('over_limit', field, `a board holds at most ${max} ${field}`);
}
