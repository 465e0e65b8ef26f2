import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleCheckBig, Filter, Pencil } from 'lucide-react';
import { shareOfTarget } from '../../../shared/ledger.ts';
import { useEditAccess } from '../../auth/EditAccessContext.ts';
import { useFilters } from '../../state/BoardContext.tsx';
import { useTotals } from '../../state/useTotals.ts';
import { useLedgerFormat } from '../ledger/useLedgerFormat.ts';
import { BoardTargetDialog } from './BoardTargetDialog.tsx';

/**
 * The board's totals: card count and, on a measures board, the sum of effects against the
 * target with a progress bar and a way to set the target. When a filter is set, the totals
 * follow it and say so.
 */
export function TotalsHeader({ showEffect }: { showEffect: boolean }) {
  const { t } = useTranslation();
  const { tkr, percent } = useLedgerFormat();
  const { predicate } = useFilters();
  const { readOnly } = useEditAccess();
  const [editingTarget, setEditingTarget] = useState(false);
  const totals = useTotals();
  const everything = useTotals({ unfiltered: true });
  if (!totals || !everything) return null;
  const { board, target } = totals;
  const share = shareOfTarget(board.effect, target);
  // Only the bar stops at full: the figure says how far past the target the board is.
  const filled = share === undefined ? 0 : Math.max(0, Math.min(1, share));

  return (
    <section className="totals-header" aria-label={t('board.totals.label')}>
      <p className="totals-line">
        <span className="totals-label">{t('board.totals.board')}:</span> <span>{t('board.count', { count: board.count })}</span>
        {showEffect && (
          <>
            {' · '}
            <strong data-testid="board-total">
              {target !== undefined ? t('board.totals.ofTarget', { amount: tkr(board.effect), target: tkr(target) }) : tkr(board.effect)}
            </strong>{' '}
            <button type="button" className="totals-target" onClick={() => setEditingTarget(true)} disabled={readOnly}>
              <Pencil aria-hidden="true" size={16} /> {t(target === undefined ? 'board.target.set' : 'board.target.edit')}
            </button>
          </>
        )}
        {showEffect && board.unknownEffect.length > 0 && (
          <span className="totals-unknown"> ({t('board.unknownEffect', { count: board.unknownEffect.length })})</span>
        )}
      </p>
      {showEffect && share !== undefined && target !== undefined && (
        <div className="progress">
          <div
            className="progress-bar"
            role="progressbar"
            aria-label={t('board.totals.progress')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(filled * 100)}
            aria-valuetext={percent(share)}
          >
            <div className="progress-fill" style={{ width: `${filled * 100}%` }} />
          </div>
          <span className="progress-value">{percent(share)}</span>
          {board.effect > target && (
            <span className="progress-exceeded">
              <CircleCheckBig aria-hidden="true" size={18} /> {t('board.totals.exceeded', { amount: tkr(board.effect - target) })}
            </span>
          )}
        </div>
      )}
      {predicate && (
        <p className="totals-filtered" role="status">
          <Filter aria-hidden="true" size={18} /> {t('board.totals.filtered', { shown: board.count, total: everything.board.count })}
        </p>
      )}
      {editingTarget && <BoardTargetDialog onClose={() => setEditingTarget(false)} />}
    </section>
  );
}
