import { createContext, useContext, useLayoutEffect, useRef, useState } from 'react';

/**
 * The drafts of one dialog (KEEP1): each field with a draft registers how to write it, so the dialog
 * can write them all before it closes and stay open while one cannot be written.
 */
export class FieldDrafts {
  private readonly flushes = new Set<() => boolean>();

  /** Adds a field's flush; returns the function that removes it. */
  add(flush: () => boolean): () => void {
    this.flushes.add(flush);
    return () => void this.flushes.delete(flush);
  }

  /** Writes every draft; false when one could not be written (that field then shows why). */
  flushAll(): boolean {
    let all = true;
    for (const flush of this.flushes) if (!flush()) all = false;
    return all;
  }
}

export const FieldDraftsContext = createContext<FieldDrafts | null>(null);

/**
 * A field's local draft, written however the field is left (KEEP1): by `flush` (blur, Enter), by
 * the dialog before it closes (Escape, ✕, Stäng: FieldDrafts.flushAll), when the field unmounts
 * (navigation, the card gone) and when the page is hidden (reload, tab closed). `save` writes a
 * draft and says whether it was taken; a draft it refuses stays. The unmount write is a layout
 * cleanup so that it runs before the board session's passive cleanup destroys the document.
 */
export function useFieldDraft(save: (draft: string) => boolean) {
  const [draft, setDraftState] = useState<string | null>(null);
  const current = useRef<string | null>(null);
  const latestSave = useRef(save);
  latestSave.current = save;
  const drafts = useContext(FieldDraftsContext);

  const setDraft = (next: string | null): void => {
    current.current = next;
    setDraftState(next);
  };
  // Stable, so the registration below holds for the field's whole life.
  const flush = useRef((): boolean => {
    const pending = current.current;
    if (pending === null) return true;
    if (!latestSave.current(pending)) return false;
    current.current = null;
    setDraftState(null);
    return true;
  }).current;

  useLayoutEffect(() => {
    const onPageHide = (): void => void flush();
    const unregister = drafts?.add(flush);
    globalThis.addEventListener?.('pagehide', onPageHide);
    return () => {
      globalThis.removeEventListener?.('pagehide', onPageHide);
      unregister?.();
      flush();
    };
  }, [drafts, flush]);

  return { draft, setDraft, flush };
}
