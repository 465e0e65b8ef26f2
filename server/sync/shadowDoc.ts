import * as Y from 'yjs';

/** Marks a tried change that no real-doc update can match (it left structs pending). */
const UNMATCHABLE = new Uint8Array(0);

interface Shadow {
  doc: Y.Doc;
  /** What the last try changed in the shadow, not yet seen arriving in the real doc. */
  ahead: Uint8Array[];
  /** True while the shadow applies a change of the real doc (not a try). */
  following: boolean;
  follow(update: Uint8Array): void;
  drop(): void;
}

const shadows = new WeakMap<Y.Doc, Shadow>();

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((byte, i) => byte === b[i]);

function createShadow(doc: Y.Doc): Shadow {
  const copy = new Y.Doc({ gc: doc.gc });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const shadow: Shadow = {
    doc: copy,
    ahead: [],
    following: false,
    follow(update) {
      if (shadow.ahead.length > 0) {
        // The tried change, now taken by the real doc: identical docs applying one update emit identical bytes.
        const tried = shadow.ahead.length === 1 ? shadow.ahead[0]! : UNMATCHABLE;
        shadow.ahead = [];
        if (!sameBytes(tried, update) || tried === UNMATCHABLE) shadow.drop();
        return;
      }
      shadow.following = true;
      try {
        Y.applyUpdate(copy, update);
      } catch {
        shadow.drop(); // the real doc took it, so this cannot happen; if it does, copy afresh next time
      } finally {
        shadow.following = false;
      }
    },
    drop() {
      doc.off('update', shadow.follow);
      doc.off('destroy', shadow.drop);
      copy.destroy();
      if (shadows.get(doc) === shadow) shadows.delete(doc);
    },
  };
  copy.on('update', (update: Uint8Array) => {
    if (!shadow.following) shadow.ahead.push(update);
  });
  doc.on('update', shadow.follow);
  doc.on('destroy', shadow.drop);
  return shadow;
}

/**
 * Runs `attempt` on a copy of `doc` where a client's update can be tried before it may touch the
 * real document (checkUpdate). The copy is made on first use (O(document) once) and then kept in
 * step: every change of `doc`, however made, is applied to it too, and the change a try made is
 * recognised when the real doc takes it, so a try costs O(update), not a fresh copy each time.
 * If `attempt` throws, or the real doc does not take what was tried (the caller refused it), or
 * the try left structs pending, the copy is thrown away and the next try copies `doc` afresh.
 */
export function tryOnShadow<T>(doc: Y.Doc, attempt: (shadow: Y.Doc) => T): T {
  let shadow = shadows.get(doc);
  if (shadow && shadow.ahead.length > 0) {
    shadow.drop(); // what was tried last never reached the real doc
    shadow = undefined;
  }
  if (!shadow) {
    shadow = createShadow(doc);
    shadows.set(doc, shadow);
  }
  const { pendingStructs, pendingDs } = shadow.doc.store;
  try {
    const result = attempt(shadow.doc);
    if (shadow.doc.store.pendingStructs !== pendingStructs || shadow.doc.store.pendingDs !== pendingDs) shadow.ahead.push(UNMATCHABLE);
    return result;
  } catch (error) {
    shadow.drop();
    throw error;
  }
}

/**
 * What the last try on `doc`'s copy changed, as the update the real document will emit when it
 * takes the same update (identical documents emit identical bytes): null when the try changed
 * nothing, or left structs pending. The room stores this before the real document is touched (OPS).
 */
export function triedChange(doc: Y.Doc): Uint8Array | null {
  const ahead = shadows.get(doc)?.ahead ?? [];
  if (ahead.length === 0 || ahead.includes(UNMATCHABLE)) return null;
  return ahead.length === 1 ? ahead[0]! : Y.mergeUpdates(ahead);
}
