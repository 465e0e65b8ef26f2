import * as Y from 'yjs';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its nodes by their event type
type AnyType = Y.AbstractType<any>;

/** True when any item of the type's list part (`_start`: a Y.Text's characters, or list content hidden in a map) is live and `accepts` refuses it. */
function listHolds(type: AnyType, accepts: (content: Y.Item['content']) => boolean): boolean {
  for (let item = type._start; item; item = item.right) if (!item.deleted && !accepts(item.content)) return true;
  return false;
}

/** True when any key of the type's map part (`_map`) is live. */
function mapHolds(type: AnyType): boolean {
  for (const item of type._map.values()) if (!item.deleted) return true;
  return false;
}

/**
 * LIM4: prose is plain text in an exact Y.Text — not a Y.XmlText (a subclass, so `instanceof` passes),
 * no embeds, no formatting attributes, no nested types (each would be a live item of another
 * content kind), and no map entries. Then nothing can hang below it, however deep.
 */
export function isPlainText(value: unknown): value is Y.Text {
  if (!(value instanceof Y.Text) || value.constructor !== Y.Text) return false;
  return !mapHolds(value) && !listHolds(value, (content) => content instanceof Y.ContentString);
}

/**
 * LIM4: a map of the schema (a card, a column, a milestone, the reports and each report) is an exact
 * Y.Map with no list content: items hidden in its list part are invisible to every reader and to
 * every value check, and could hold anything at any depth.
 */
export function isPlainMap(value: unknown): value is Y.Map<unknown> {
  return value instanceof Y.Map && value.constructor === Y.Map && !listHolds(value, () => false);
}

/** True when a type holds any live content in its list part (list items hidden in a map, MTG1). */
export const holdsListContent = (type: AnyType): boolean => listHolds(type, () => false);

/** True when a type holds any live content, as a map or as a list (MTG1: an unknown top-level name may hold none). */
export const holdsContent = (type: AnyType): boolean => mapHolds(type) || holdsListContent(type);
