import type * as Y from 'yjs';
import { contentOf } from '../shared/helpers/compare.ts';

/** JSON with sorted keys: Y.Map's toJSON lists keys in the order each peer happened to receive them. */
export const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1))) : inner,
  );

/** True when two documents hold the same board content, whatever order their maps' keys arrived in. */
export const sameContent = (a: Y.Doc, b: Y.Doc): boolean => canonical(contentOf(a)) === canonical(contentOf(b));
