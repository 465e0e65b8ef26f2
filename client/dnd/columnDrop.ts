import { arrayMove } from '@dnd-kit/sortable';

/** The sortable id of a column header, kept apart from card and cell ids. */
export const columnDragId = (columnId: string): string => `column:${columnId}`;

/** The droppable id of one column × lane cell. */
export const cellDropId = (columnId: string, lane: string): string => `cell:${columnId}\u0000${lane}`;

/**
 * Where dropping column `activeId` over column `overId` puts it: the column it goes before
 * (undefined = last, moveColumn's convention) and its 1-based position among `count`.
 */
export function resolveColumnDrop(columnIds: readonly string[], activeId: string, overId: string) {
  const from = columnIds.indexOf(activeId);
  const to = columnIds.indexOf(overId);
  if (from < 0 || to < 0) return undefined;
  const reordered = arrayMove([...columnIds], from, to);
  return { beforeColumnId: reordered[to + 1], position: to + 1, count: columnIds.length };
}
