import type * as Y from 'yjs';
import type { Milestone } from '../schema/milestone.ts';
import { getMilestonesMap } from '../doc.ts';

/** One milestone map as a plain snapshot; a missing date or title reads as ''. */
function toMilestone(id: string, map: Y.Map<unknown>): Milestone {
  const date = map.get('date');
  const title = map.get('title');
  const involved = map.get('involved');
  const lane = map.get('lane');
  const milestone: Milestone = { id, date: typeof date === 'string' ? date : '', title: typeof title === 'string' ? title : '' };
  if (typeof involved === 'string') milestone.involved = involved;
  if (typeof lane === 'string') milestone.lane = lane;
  return milestone;
}

/**
 * The board's milestones sorted by date, then id, both compared by code unit so every peer
 * sorts alike (MS3): a partial date (`2025-04`) comes before the days of its month.
 */
export function readMilestones(doc: Y.Doc): Milestone[] {
  const milestones: Milestone[] = [];
  getMilestonesMap(doc).forEach((map, id) => milestones.push(toMilestone(id, map)));
  return milestones.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
