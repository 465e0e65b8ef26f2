import * as Y from 'yjs';

/** The top-level types of a board document (DESIGN.md, "The document"). The only place their names are spelled. */
export const getMeta = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('meta');
export const getColumnsMap = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('columns');
export const getCardsMap = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('cards');
/** The board's dated milestones (its tidsplan), shown above the columns. */
export const getMilestonesMap = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('milestones');

/** Names of every top-level type a valid board document may hold. */
export const TOP_LEVEL_TYPES = ['meta', 'columns', 'cards', 'milestones'] as const;
