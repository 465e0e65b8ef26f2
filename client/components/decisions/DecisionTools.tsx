import { useState } from 'react';
import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { ConfirmDialog } from '../app/ConfirmDialog.tsx';
import { useAnnounce } from '../app/LiveRegion.tsx';

/** The id of a decision's move button, so focus can follow the decision it moved. */
const moveButtonId = (decisionId: string, direction: 'up' | 'down'): string => `decision-move-${direction}-${decisionId}`;

/**
 * Moving a decision among its item's (MTG23) and removing it after a confirmation, by buttons the
 * keyboard reaches; the focus follows the moved decision and the move is announced. A numbered
 * decision is neither moved nor removed (MTG24): instead of the buttons, the reason.
 */
export function DecisionTools({ decision, index, count }: { decision: Decision; index: number; count: number }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { decisions } = useMeetingContext();
  const [removing, setRemoving] = useState(false);
  const matter = decision.matter;
  if (decision.paragraph !== undefined) return <p className="decision-fixed">{t('decisions.numberedFixed', { number: decision.paragraph })}</p>;

  const move = (direction: 'up' | 'down'): void => {
    const toIndex = direction === 'up' ? index - 1 : index + 1;
    if (!decisions.move(decision.id, toIndex)) return;
    announce(t('decisions.moved', { matter, number: toIndex + 1 }));
    const edge = direction === 'up' ? toIndex === 0 : toIndex === count - 1;
    requestAnimationFrame(() => document.getElementById(moveButtonId(decision.id, edge ? (direction === 'up' ? 'down' : 'up') : direction))?.focus());
  };
  const remove = (): void => {
    setRemoving(false);
    if (decisions.remove(decision.id)) announce(t('decisions.removed', { matter }));
  };
  return (
    <div className="decision-tools">
      <button type="button" id={moveButtonId(decision.id, 'up')} className="icon-button" disabled={index === 0} onClick={() => move('up')} aria-label={t('decisions.moveUp', { matter })}>
        <ArrowUp aria-hidden="true" size={18} />
      </button>
      <button type="button" id={moveButtonId(decision.id, 'down')} className="icon-button" disabled={index === count - 1} onClick={() => move('down')} aria-label={t('decisions.moveDown', { matter })}>
        <ArrowDown aria-hidden="true" size={18} />
      </button>
      <button type="button" className="icon-button" onClick={() => setRemoving(true)} aria-label={t('decisions.remove', { matter })}>
        <Trash2 aria-hidden="true" size={18} />
      </button>
      {removing && (
        <ConfirmDialog title={t('decisions.removeTitle', { matter })} confirmLabel={t('decisions.removeConfirm')} cancelLabel={t('meeting.run.cancel')} onCancel={() => setRemoving(false)} onConfirm={remove}>
          <p>{t('decisions.removeText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
