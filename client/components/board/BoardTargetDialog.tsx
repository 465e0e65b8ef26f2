import { useTranslation } from 'react-i18next';
import { useBoardMeta } from '../../state/useBoard.ts';
import { useBoardActions } from '../../state/useBoardActions.ts';
import { EffectField } from '../cards/ScalarFields.tsx';
import { Modal } from './Modal.tsx';

/**
 * The board's target in tkr/år (meta `target`), which the totals and the ledger measure against.
 * Written when the field is left or Enter is pressed, as the card editor's fields are; empty clears it.
 */
export function BoardTargetDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const target = useBoardMeta()?.target;
  const actions = useBoardActions();
  return (
    <Modal title={t('board.target.title')} onClose={onClose}>
      <EffectField label={t('board.target.label')} value={target} commit={(value) => actions.setTarget(value as number | undefined)} />
      <p className="hint">{t('board.target.help')}</p>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('card.editor.close')}
        </button>
      </div>
    </Modal>
  );
}
