import type * as Y from 'yjs';
import { SchemaError } from '../schema/errors.ts';

/** Refuses an edit that does not fit a text of `length` characters. */
export function checkTextEdit(length: number, index: number, deleteCount: number, insert: string): void {
  if (!Number.isInteger(index) || index < 0 || index > length) {
    throw new SchemaError('invalid_value', 'index', `index ${index} is outside 0..${length}`);
  }
  if (!Number.isInteger(deleteCount) || deleteCount < 0 || index + deleteCount > length) {
    throw new SchemaError('invalid_value', 'deleteCount', `cannot delete ${deleteCount} characters at ${index} of ${length}`);
  }
  if (typeof insert !== 'string') throw new SchemaError('invalid_value', 'insert', 'insert must be a string');
}

/**
 * Makes `text` read `value` by deleting and inserting only between the common prefix and
 * suffix, so a concurrent edit outside that span is kept (TXT2). Call inside a transaction.
 */
export function replaceText(text: Y.Text, value: string): void {
  const old = text.toString();
  let start = 0;
  while (start < old.length && start < value.length && old[start] === value[start]) start++;
  let end = 0;
  while (end < old.length - start && end < value.length - start && old[old.length - 1 - end] === value[value.length - 1 - end]) end++;
  const removed = old.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = value.slice(start, value.length - end);
  if (inserted.length > 0) text.insert(start, inserted);
}
