import { Upload } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardKind } from '../../../shared/schema/boardKinds.ts';
import { useEditAccess } from '../../auth/EditAccessContext.ts';
import { useBoardAccess } from '../../auth/useBoardAccess.ts';
import type { ChosenFile } from './importApi.ts';
import { ImportDialog } from './ImportDialog.tsx';
import { forgetPendingImport, pendingImportFor } from './pendingImport.ts';

/**
 * The board's "Importera" button and its dialog (IMP9), for editors, facilitators and unit chiefs,
 * whose import the server takes for the cards in their scope (IMP10), which the dialog tells them.
 * A board just made from a file opens with that file's dry run (IMP11).
 */
export function ImportButton({ boardId, kind }: { boardId: string; kind: BoardKind }) {
  const { t } = useTranslation();
  const [initial, setInitial] = useState<ChosenFile | undefined>(() => pendingImportFor(boardId));
  const [open, setOpen] = useState(initial !== undefined);
  useEffect(() => forgetPendingImport(boardId), [boardId]);
  const role = useBoardAccess(boardId)?.role;
  const scoped = role === 'unitChief';
  // Viewers and share links see no button; a unit chief's board is read-only outside their cards, which the import keeps to.
  if (useEditAccess().readOnly && !scoped) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        <Upload aria-hidden="true" size={18} /> {t('import.open')}
      </button>
      {open && <ImportDialog boardId={boardId} kind={kind} scoped={scoped} {...(initial && { initial })} onClose={() => (setOpen(false), setInitial(undefined))} />}
    </>
  );
}
