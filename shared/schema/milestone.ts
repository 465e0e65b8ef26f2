import * as Y from 'yjs';
import { z } from 'zod';
import { isPlainMap } from './plainTypes.ts';
import { checkValues, type SchemaIssue } from './validateCard.ts';
import { isoDate, shortText } from './values.ts';
import { getMilestonesMap } from '../doc.ts';
import { isValidId } from '../ids.ts';

/**
 * A date as precise as its source gives it: a day `YYYY-MM-DD`, a month `YYYY-MM` or a year
 * `YYYY` (a tidsplan says "2025-04" for "some time in April"). A day must be a real one.
 * Compared as strings these sort chronologically, a partial date before the days of its period (MS3).
 */
const partialIsoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => s.length < 10 || isoDate.safeParse(s).success, 'not a real date');

/** Fields of one milestone map in the top-level `milestones` map (MS1). Plain values, last writer wins. */
export const milestoneFields = {
  date: partialIsoDate,
  title: shortText.min(1),
  /** Who takes part, as one line of text ("FSG, HSD, HR-strateg"). */
  involved: shortText,
  /** The lane (a laneOf value, e.g. `political`) it belongs to; absent for the whole board. */
  lane: z.string().min(1).max(120),
} as const;

export type MilestoneField = keyof typeof milestoneFields;

/** Fields every milestone has; the others may be cleared. */
export const REQUIRED_MILESTONE_FIELDS = ['date', 'title'] as const satisfies readonly MilestoneField[];

/** A milestone as readers see it: a plain, readonly snapshot. */
export interface Milestone {
  id: string;
  date: string;
  title: string;
  involved?: string;
  lane?: string;
}

/**
 * Every milestone of the document against MS1, as validateDoc checks cards (VAL5): [] when
 * valid, never throws. Missing required fields count only once no update is pending (ORD5).
 */
export function validateMilestones(doc: Y.Doc): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const settled = doc.store.pendingStructs === null && doc.store.pendingDs === null;
  getMilestonesMap(doc).forEach((milestone: unknown, id) => {
    const path = `milestones.${id}`;
    if (!isValidId(id)) issues.push({ path, code: 'invalid_value', message: `invalid milestone id "${id}"` });
    if (!isPlainMap(milestone)) {
      issues.push({ path, code: 'invalid_value', message: 'a milestone must be a Y.Map' });
      return;
    }
    checkValues(milestone, milestoneFields, [], path, issues);
    if (!settled) return;
    for (const field of REQUIRED_MILESTONE_FIELDS) {
      if (!milestone.has(field)) issues.push({ path: `${path}.${field}`, code: 'invalid_value', message: `"${field}" is missing` });
    }
  });
  return issues;
}
