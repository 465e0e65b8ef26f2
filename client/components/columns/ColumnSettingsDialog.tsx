import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useColumns } from '../../state/useBoard.ts';
import { useBoardActions } from '../../state/useBoardActions.ts';
import { useGroupTotals } from '../../state/useTotals.ts';
import { LabelledSelect } from '../app/LabelledSelect.tsx';
import { Modal } from '../board/Modal.tsx';
import { ModalActions } from '../board/ModalActions.tsx';
import { useBoardCommands } from '../../state/BoardCommands.tsx';

/** Parses the WIP field: '' clears the limit, a whole number from 1 sets it, anything else is refused (null). */
export function parseWipLimit(input: string): number | undefined | null {
  const trimmed = input.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : null;
}

/** Rename a column, set or clear its WIP limit, or remove it (moving its cards when it has any). */
export function ColumnSettingsDialog({ columnId, onClose }: { columnId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const columns = useColumns();
  const actions = useBoardActions();
  const { reportError } = useBoardCommands();
  const column = columns.find((c) => c.id === columnId);
  const cards = useGroupTotals('columns', columnId, { unfiltered: true }).count;
  const others = columns.filter((c) => c.id !== columnId);
  const [title, setTitle] = useState(column?.title ?? '');
  const [wip, setWip] = useState(column?.wipLimit?.toString() ?? '');
  const [moveTo, setMoveTo] = useState(others[0]?.id ?? '');
  const wipLimit = parseWipLimit(wip);
  if (!column) return null;

  const save = (event: FormEvent): void => {
    event.preventDefault();
    if (wipLimit === null || !title.trim()) return;
    try {
      if (title.trim() !== column.title) actions.renameColumn(columnId, title.trim());
      if (wipLimit !== column.wipLimit) actions.setWipLimit(columnId, wipLimit);
      onClose();
    } catch (error) {
      reportError(error);
    }
  };
  const remove = (): void => {
    try {
      actions.removeColumn(columnId, cards > 0 ? moveTo : undefined);
      onClose();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Modal title={t('board.column.settings', { title: column.title })} onClose={onClose}>
      <form onSubmit={save} className="column-settings">
        <label>
          {t('board.column.title')}
          <input value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={500} />
        </label>
        <label>
          {t('board.column.wipLimit')}
          <input
            value={wip}
            onChange={(event) => setWip(event.target.value)}
            inputMode="numeric"
            aria-invalid={wipLimit === null}
            aria-describedby={wipLimit === null ? `${columnId}-wip-error` : undefined}
          />
        </label>
        {wipLimit === null && (
          <p id={`${columnId}-wip-error`} className="field-error">
            {t('board.column.wipInvalid')}
          </p>
        )}
        <ModalActions cancelLabel={t('board.column.cancel')} submitLabel={t('board.column.save')} onCancel={onClose} />
      </form>
      <fieldset className="column-remove">
        <legend>{t('board.column.remove')}</legend>
        {cards > 0 && (
          <>
            <p>{t('board.column.notEmpty')}</p>
            <LabelledSelect label={t('board.column.moveCardsTo')} value={moveTo} onChange={setMoveTo} options={others.map((c) => ({ value: c.id, label: c.title }))} />
          </>
        )}
        <button type="button" className="danger" onClick={remove} disabled={cards > 0 && !moveTo}>
          {t('board.column.remove')}
        </button>
      </fieldset>
    </Modal>
  );
}
