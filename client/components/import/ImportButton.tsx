import { Upload } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardKind } from '../../../shared/schema/boardKinds.ts';
import { useEditAccess } from '../../auth/EditAccessContext.ts';
import { ImportDialog } from './ImportDialog.tsx';

/** The board's "Importera" button and its dialog (IMP9); shown to editors and facilitators. */
export function ImportButton({ boardId, kind }: { boardId: string; kind: BoardKind }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // Viewers, share links and unit chiefs see no button: the server takes a unit chief's import of their own cards (IMP10), the board offers it to those who change the whole board.
  if (useEditAccess().readOnly) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        <Upload aria-hidden="true" size={18} /> {t('import.open')}
      </button>
      {open && <ImportDialog boardId={boardId} kind={kind} onClose={() => setOpen(false)} />}
    </>
  );
}
