import { expect } from 'vitest';
import * as Y from 'yjs';
import { contentOf } from './compare.ts';
import { SchemaError, type SchemaErrorCode } from '../../../shared/schema/errors.ts';

/**
 * Asserts that `run` is refused with a SchemaError of `code` naming `field`, and that the
 * refusal left `doc` exactly as it was (DOC6): no content change and no new history.
 */
export function expectRefused(doc: Y.Doc, run: () => void, code: SchemaErrorCode, field: string): void {
  const before = JSON.stringify(contentOf(doc));
  const history = Y.encodeStateVector(doc);
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(SchemaError);
  expect({ code: (caught as SchemaError).code, field: (caught as SchemaError).field }).toEqual({ code, field });
  expect(JSON.stringify(contentOf(doc))).toBe(before);
  expect(Y.encodeStateVector(doc)).toEqual(history);
}
