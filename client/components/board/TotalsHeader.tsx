import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Filter, Pencil } from 'lucide-react';
import { computeLedger } from '../../../shared/ledger.ts';
import { useEditAccess } from '../../auth/EditAccessContext.ts';
import { useFilters } from '../../state/BoardContext.tsx';
import { useBoard } from '../../state/useBoard.ts';
import { useTotals } from '../../state/useTotals.ts';
import { useLedgerFormat } from '../ledger/useLedgerFormat.ts';
import { BoardTargetDialog } from './BoardTargetDialog.tsx';
import { TargetProgress } from './TargetProgress.tsx';

/**
 * The board's totals: card count and, on a measures board, the sum of effects, what is decided
 * and proposed against the target (TargetProgress) and a way to set the target. When a filter
 * is set, the totals follow it and say so.
 */
export function TotalsHeader({ showEffect }: { showEffect: boolean }) {
  const { t } = useTranslation();
  const { tkr } = useLedgerFormat();
  const { predicate } = useFilters();
  const { readOnly } = useEditAccess();
  const [editingTarget, setEditingTarget] = useState(false);
  const totals = useTotals();
  const everything = useTotals({ unfiltered: true });
  const snapshot = useBoard();
  // The ledger's own split of decided and proposed (LED2), after the same filter as the totals.
  const ledger = useMemo(() => (snapshot && showEffect ? computeLedger(snapshot, predicate) : undefined), [snapshot, showEffect, predicate]);
  if (!totals || !everything) return null;
  const { board, target } = totals;

  return (
    <section className="totals-header" aria-label={t('board.totals.label')}>
      <p className="totals-line">
        {/* A11Y20: a filtered line says what it sums, never "Hela tavlan". */}
        {predicate ? (
          <span className="totals-label">{t('board.totals.filteredCount', { shown: board.count, total: everything.board.count })}</span>
        ) : (
          <>
            <span className="totals-label">{t('board.totals.board')}:</span> <span>{t('board.count', { count: board.count })}</span>
          </>
        )}
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
      {ledger && target !== undefined && target > 0 && <TargetProgress ledger={ledger} target={target} />}
      {predicate && (
        <p className="totals-filtered" role="status">
          <Filter aria-hidden="true" size={18} /> {t('board.totals.filtered', { shown: board.count, total: everything.board.count })}
        </p>
      )}
      {editingTarget && <BoardTargetDialog onClose={() => setEditingTarget(false)} />}
    </section>
  );
}
