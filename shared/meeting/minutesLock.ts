import * as Y from 'yjs';
import { SchemaError } from '../schema/errors.ts';
import { getDecisions } from './meetingDoc.ts';
import { readMinutes } from './readMinutes.ts';

/**
 * The top-level types the minutes are drafted from (MTG28): heading, attendance, items and their
 * notes, decisions, and the minutes themselves. Justering closes them all; the running state
 * (`run`, `progress`) is not part of the minutes.
 */
export const LOCKED_ROOTS = ['meta', 'attendees', 'agenda', 'decisions', 'minutes'] as const;

/** True once the minutes are approved (MTG27): `status` is 'approved', or every named justerare has approved. */
export const isLocked = (doc: Y.Doc): boolean => readMinutes(doc).status === 'approved';

/** Refuses any change to an approved meeting's minutes or what they are drafted from (MTG28). */
export function requireUnlocked(doc: Y.Doc): void {
  if (isLocked(doc)) throw new SchemaError('meeting_state', 'minutes', 'the minutes are approved: only a correction may be added');
}

/** True when `after` holds `id` as a new correction entry of a numbered decision of `before` (MTG29). */
function isNewCorrection(before: Y.Doc, after: Y.Doc, id: string): boolean {
  const known = getDecisions(before);
  if (known.has(id) || known._map.has(id)) return false;
  const entry: unknown = getDecisions(after).get(id);
  const of: unknown = entry instanceof Y.Map ? entry.get('correctionOf') : undefined;
  const original = typeof of === 'string' ? known.get(of) : undefined;
  return original !== undefined && typeof original.get('paragraph') === 'number' && !original.has('correctionOf');
}

/**
 * The first changed path (an UpdateEffect's, `['decisions', id, …]`) that an approved `before`
 * forbids (MTG28): any under LOCKED_ROOTS but a new correction entry of a numbered decision.
 * Undefined when `before` is not approved or every path is allowed. What the server's gate runs.
 */
export function lockedChange(before: Y.Doc, after: Y.Doc, paths: readonly (readonly string[])[]): readonly string[] | undefined {
  if (!isLocked(before)) return undefined;
  return paths.find(([top, id]) => {
    if (!(LOCKED_ROOTS as readonly (string | undefined)[]).includes(top)) return false;
    return !(top === 'decisions' && id !== undefined && isNewCorrection(before, after, id));
  });
}
