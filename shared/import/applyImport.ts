import type * as Y from 'yjs';
import { addColumn } from '../ops/columns.ts';
import { createCard, moveCard, setCardText, updateCardField } from '../ops/cards.ts';
import type { ImportPlan } from './planImport.ts';

/**
 * Writes a plan's columns and cards in one transaction (IMP5): one update, whose history is one set of entries
 * per card. Every value was judged by the card's schemas when the plan was made and the operations
 * judge them again; a write they refuse throws midway, so the caller writes on a copy it discards
 * then (the server's writes are drafted on a copy, MTS17). Answers the ids of the new cards, in order.
 */
export function applyImport(doc: Y.Doc, plan: Pick<ImportPlan, 'writes' | 'newColumns'>, origin: unknown = null): string[] {
  const created: string[] = [];
  doc.transact(() => {
    const added = new Map(plan.newColumns.map((title) => [title.toLocaleLowerCase('sv'), addColumn(doc, { title }, origin)]));
    const columnOf = (write: ImportPlan['writes'][number]) =>
      write.newColumn === undefined ? write.column : added.get(write.newColumn.trim().toLocaleLowerCase('sv'));
    for (const write of plan.writes) {
      const column = columnOf(write);
      if (write.cardId === undefined) {
        const { title = '', ...texts } = write.texts;
        created.push(createCard(doc, { column: column!, title, fields: write.fields, texts }, origin));
        continue;
      }
      for (const [field, value] of Object.entries(write.fields)) updateCardField(doc, write.cardId, field, value, origin);
      for (const [field, text] of Object.entries(write.texts)) setCardText(doc, write.cardId, field, text, origin);
      if (column !== undefined) moveCard(doc, write.cardId, column, undefined, origin);
    }
  }, origin);
  return created;
}
