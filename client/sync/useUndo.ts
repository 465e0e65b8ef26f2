import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** What the undo and redo buttons need. */
export interface UndoControls {
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
}

const EVENTS = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;

/** Undo and redo of this user's own changes (the manager tracks only the session's origin). */
export function useUndo(undoManager: Y.UndoManager): UndoControls {
  const subscribe = useCallback(
    (onChange: () => void) => {
      EVENTS.forEach((event) => undoManager.on(event, onChange));
      return () => EVENTS.forEach((event) => undoManager.off(event, onChange));
    },
    [undoManager],
  );
  // One string snapshot so useSyncExternalStore compares by value.
  const read = useCallback(() => `${undoManager.canUndo()}|${undoManager.canRedo()}`, [undoManager]);
  const flags = useSyncExternalStore(subscribe, read, read);
  return useMemo(
    () => ({
      canUndo: flags.startsWith('true'),
      canRedo: flags.endsWith('true'),
      undo: () => void undoManager.undo(),
      redo: () => void undoManager.redo(),
    }),
    [flags, undoManager],
  );
}

/** True for targets where the browser's own text undo belongs (inputs, text areas, rich text). */
function isTextEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox');
}

/**
 * Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (Cmd on macOS), anywhere on the page except inside a
 * text field, where the field's own undo of the typing in progress is what the user expects.
 */
export function useUndoShortcuts(undoManager: Y.UndoManager): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEditing(event.target)) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      const undo = key === 'z' && !event.shiftKey;
      if (!undo && !redo) return;
      event.preventDefault();
      if (undo) undoManager.undo();
      else undoManager.redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undoManager]);
}
