import { Redo2, Undo2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useUndo, useUndoShortcuts } from '../../sync/useUndo.ts';

/** Undo and redo of this user's own changes, as buttons and as Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y. */
export function UndoButtons({ undoManager }: { undoManager: Y.UndoManager }) {
  const { t } = useTranslation();
  const { canUndo, canRedo, undo, redo } = useUndo(undoManager);
  useUndoShortcuts(undoManager);
  return (
    <div className="undo-buttons">
      <button type="button" className="icon-button" onClick={undo} disabled={!canUndo} aria-label={t('app.undo')} title={t('app.undoShortcut')} aria-keyshortcuts="Control+Z">
        <Undo2 aria-hidden="true" size={20} />
      </button>
      <button type="button" className="icon-button" onClick={redo} disabled={!canRedo} aria-label={t('app.redo')} title={t('app.redoShortcut')} aria-keyshortcuts="Control+Shift+Z Control+Y">
        <Redo2 aria-hidden="true" size={20} />
      </button>
    </div>
  );
}
