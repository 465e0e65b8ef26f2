import type * as Y from 'yjs';
import { getColumnsMap } from '../doc.ts';
import { readColumns } from './readColumns.ts';

/**
 * Resolves a card's stored `column` to the column readers show it in. A card whose column no
 * longer exists (a concurrent removeColumn and moveCard both won) is adopted by the first
 * column (COL5). With no column at all there is nowhere to show it: '' (COL6).
 */
export function columnResolver(doc: Y.Doc): (stored: unknown) => string {
  const columns = getColumnsMap(doc);
  let first: string | undefined;
  return (stored) => {
    if (typeof stored === 'string' && columns.has(stored)) return stored;
    first ??= readColumns(doc)[0]?.id ?? '';
    return first;
  };
}
