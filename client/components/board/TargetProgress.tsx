import { useTranslation } from 'react-i18next';
import { CircleCheckBig, Info } from 'lucide-react';
import { percentOfTarget } from '../../../shared/percentOfTarget.ts';
import { shareOfTarget, type Ledger } from '../../../shared/ledger.ts';
import { useLedgerFormat } from '../ledger/useLedgerFormat.ts';

/** A share as the width of a bar segment: the bar stops at full, the figures beside it do not. */
const width = (share: number): string => `${Math.max(0, Math.min(1, share)) * 100}%`;

/**
 * Decided against the target as the bar (LED2, LED3), proposed as a hatched segment behind it,
 * and a legend that names each with its amount and share. The bar is what is decided: proposals
 * past the target do not fill it, so it never reads as "target reached" before it is.
 */
export function TargetProgress({ ledger, target }: { ledger: Ledger; target: number }) {
  const { t } = useTranslation();
  const { tkr, percent } = useLedgerFormat();
  const decidedShare = shareOfTarget(ledger.decided.effect, target) ?? 0;
  const proposedShare = shareOfTarget(ledger.proposed.effect, target) ?? 0;
  const decided = t('board.totals.decided', { amount: tkr(ledger.decided.effect), share: percent(decidedShare) });
  const proposed = t('board.totals.proposed', { amount: tkr(ledger.proposed.effect), share: percent(proposedShare) });

  return (
    <div className="progress">
      <div
        className="progress-bar"
        role="progressbar"
        aria-label={t('board.totals.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percentOfTarget(Math.min(1, Math.max(0, decidedShare)))}
        aria-valuetext={t('board.totals.progressText', { decided: percent(decidedShare), proposed: percent(proposedShare) })}
      >
        <div className="progress-proposed" style={{ width: width(proposedShare) }} />
        <div className="progress-fill" style={{ width: width(decidedShare) }} />
      </div>
      <p className="progress-legend">
        <span className="progress-key is-decided" data-testid="progress-decided">
          <span className="progress-swatch" aria-hidden="true" /> {decided}
        </span>
        <span className="progress-key is-proposed" data-testid="progress-proposed">
          <span className="progress-swatch" aria-hidden="true" /> {proposed}
        </span>
      </p>
      {ledger.decided.effect > target ? (
        <p className="progress-note is-reached">
          <CircleCheckBig aria-hidden="true" size={18} /> {t('board.totals.exceeded', { amount: tkr(ledger.decided.effect - target) })}
        </p>
      ) : (
        ledger.proposed.effect > target && (
          <p className="progress-note">
            <Info aria-hidden="true" size={18} /> {t('board.totals.proposedOver', { amount: tkr(ledger.proposed.effect - target) })}
          </p>
        )
      )}
    </div>
  );
}
