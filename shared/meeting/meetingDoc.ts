import * as Y from 'yjs';

/** The top-level types of a meeting document (MTG1). The only place their names are spelled for reading and writing. */
export const getMeetingMeta = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('meta');
export const getAttendees = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('attendees');
export const getAgenda = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('agenda');
/** Running state (MTG13, facilitator only): status, startedAt, endedAt, currentItem. */
export const getRun = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('run');
/** Running state (MTG13, facilitator only): per item id, its timer and whether it is done. */
export const getProgress = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('progress');
/** Per decision id, its decision (MTG22). */
export const getDecisions = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('decisions');
/** The minutes' status, chair, secretary, justerare and approvals (MTG26). */
export const getMinutes = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('minutes');

/** The approvals map (userId → ISO time, MTG27) when the minutes hold one. */
export function getApprovals(doc: Y.Doc): Y.Map<unknown> | undefined {
  const approvals = getMinutes(doc).get('approvals');
  return approvals instanceof Y.Map ? approvals : undefined;
}

function itemText(doc: Y.Doc, itemId: string, field: 'title' | 'notes'): Y.Text | undefined {
  const text = getAgenda(doc).get(itemId)?.get(field);
  return text instanceof Y.Text ? text : undefined;
}

/** The item's notes, which several people may type in at once (MTG6); undefined for an unknown item. */
export const getItemNotes = (doc: Y.Doc, itemId: string): Y.Text | undefined => itemText(doc, itemId, 'notes');

/** The item's title as a Y.Text (MTG6); undefined for an unknown item. */
export const getItemTitle = (doc: Y.Doc, itemId: string): Y.Text | undefined => itemText(doc, itemId, 'title');
