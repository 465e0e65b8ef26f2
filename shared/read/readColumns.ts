import type * as Y from 'yjs';
import type { Column } from '../schema/column.ts';
import { getColumnsMap } from '../doc.ts';
import { compareOrdered } from '../order.ts';

/** One column map as a plain snapshot. */
function toColumn(id: string, map: Y.Map<unknown>): Column {
  const title = map.get('title');
  const order = map.get('order');
  const wipLimit = map.get('wipLimit');
  const column: Column = { id, title: typeof title === 'string' ? title : '', order: typeof order === 'string' ? order : '' };
  if (typeof wipLimit === 'number') column.wipLimit = wipLimit;
  return column;
}

/** The board's columns, sorted by (order, id) (ORD1). */
export function readColumns(doc: Y.Doc): Column[] {
  const columns: Column[] = [];
  getColumnsMap(doc).forEach((map, id) => columns.push(toColumn(id, map)));
  return columns.sort(compareOrdered);
}
