import * as Y from 'yjs';
import { SchemaError } from '../schema/errors.ts';
import { REQUIRED_MILESTONE_FIELDS, milestoneFields, type MilestoneField } from '../schema/milestone.ts';
import { parseField } from '../schema/parseField.ts';
import { getMilestonesMap } from '../doc.ts';
import { newId } from '../ids.ts';
import { checkNewId, requireKind } from './lookup.ts';
import { requireRoom } from './requireRoom.ts';
import { MAX_MILESTONES } from '../schema/limits.ts';

export interface NewMilestone {
  /** A caller-chosen id (seeds, tests); a fresh one when absent. */
  id?: string;
  date: string;
  title: string;
  involved?: string;
  lane?: string;
}

const OPTIONAL_FIELDS = ['involved', 'lane'] as const;

/** The milestone's map. There is no reason code of its own for an unknown milestone yet: `invalid_value` on `milestoneId`. */
function requireMilestone(doc: Y.Doc, milestoneId: string): Y.Map<unknown> {
  const milestone = getMilestonesMap(doc).get(milestoneId);
  if (!milestone) throw new SchemaError('invalid_value', 'milestoneId', `unknown milestone "${milestoneId}"`);
  return milestone;
}

/** Adds a milestone to a board (MS2) and returns its id. Every value is checked before anything is written. */
export function addMilestone(doc: Y.Doc, milestone: NewMilestone, origin: unknown = null): string {
  requireKind(doc);
  const milestones = getMilestonesMap(doc);
  requireRoom(milestones.size, MAX_MILESTONES, 'milestones');
  const id = milestone.id === undefined ? newId() : checkNewId(milestone.id, milestones);
  const values: [MilestoneField, unknown][] = [
    ['date', parseField(milestoneFields, 'date', milestone.date)],
    ['title', parseField(milestoneFields, 'title', milestone.title)],
  ];
  for (const field of OPTIONAL_FIELDS) {
    if (milestone[field] !== undefined) values.push([field, parseField(milestoneFields, field, milestone[field])]);
  }
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    milestones.set(id, map);
    for (const [field, value] of values) map.set(field, value);
  }, origin);
  return id;
}

/** Sets one field of a milestone, or clears an optional one with `undefined` (MS2). Last writer wins per field. */
export function updateMilestone(doc: Y.Doc, milestoneId: string, field: string, value: unknown, origin: unknown = null): void {
  requireKind(doc);
  const milestone = requireMilestone(doc, milestoneId);
  if (value === undefined) {
    if (!Object.hasOwn(milestoneFields, field)) throw new SchemaError('unknown_field', field, `unknown field "${field}"`);
    if ((REQUIRED_MILESTONE_FIELDS as readonly string[]).includes(field)) {
      throw new SchemaError('invalid_value', field, `"${field}" is required`);
    }
    doc.transact(() => milestone.delete(field), origin);
    return;
  }
  const parsed = parseField(milestoneFields, field, value);
  doc.transact(() => milestone.set(field, parsed), origin);
}

/** Removes a milestone (MS2). A concurrent update of the removed milestone is lost with it. */
export function removeMilestone(doc: Y.Doc, milestoneId: string, origin: unknown = null): void {
  requireKind(doc);
  requireMilestone(doc, milestoneId);
  doc.transact(() => getMilestonesMap(doc).delete(milestoneId), origin);
}
