import { useTranslation } from 'react-i18next';
import { Filter } from 'lucide-react';
import { formatTkr } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useFilters } from '../../state/BoardContext.tsx';
import { useTotals } from '../../state/useTotals.ts';

/**
 * The board's totals: card count and, on a measures board, the sum of effects against the
 * target with a progress bar. When a filter is set, the totals follow it and say so.
 */
export function TotalsHeader({ showEffect }: { showEffect: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { predicate } = useFilters();
  const totals = useTotals();
  const everything = useTotals({ unfiltered: true });
  if (!totals || !everything) return null;
  const { board, target } = totals;
  const share = target && target > 0 ? Math.max(0, Math.min(1, board.effect / target)) : undefined;

  return (
    <section className="totals-header" aria-label={t('board.totals.label')}>
      <p className="totals-line">
        <span className="totals-label">{t('board.totals.board')}:</span> <span>{t('board.count', { count: board.count })}</span>
        {showEffect && (
          <>
            {' · '}
            <strong data-testid="board-total">
              {target !== undefined
                ? t('board.totals.ofTarget', { amount: formatTkr(board.effect, lang), target: formatTkr(target, lang) })
                : formatTkr(board.effect, lang)}
            </strong>
          </>
        )}
        {showEffect && board.unknownEffect.length > 0 && (
          <span className="totals-unknown"> ({t('board.unknownEffect', { count: board.unknownEffect.length })})</span>
        )}
      </p>
      {showEffect && share !== undefined && (
        <div className="progress">
          <div
            className="progress-bar"
            role="progressbar"
            aria-label={t('board.totals.progress')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(share * 100)}
            aria-valuetext={`${Math.round(share * 100)} %`}
          >
            <div className="progress-fill" style={{ width: `${share * 100}%` }} />
          </div>
          <span className="progress-value">{Math.round(share * 100)}&nbsp;%</span>
        </div>
      )}
      {predicate && (
        <p className="totals-filtered" role="status">
          <Filter aria-hidden="true" size={18} /> {t('board.totals.filtered', { shown: board.count, total: everything.board.count })}
        </p>
      )}
    </section>
  );
}
