import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { shareOfTarget, type Ledger } from '../../../shared/ledger.ts';
import { useLedgerFormat } from './useLedgerFormat.ts';

const WIDTH = 640;
const LABEL = 130;
const VALUE = 170;
const ROW = 34;
const BAR = 20;
const TOP = 22;

/**
 * Proposed and decided against the target (LED3) as two bars on one scale with the target
 * marked as a dashed line. Every bar carries its amount and share in words.
 */
export function TargetChart({ ledger }: { ledger: Ledger }) {
  const { t } = useTranslation();
  const { tkr, percent } = useLedgerFormat();
  const descId = useId();
  const { target } = ledger;
  const rows = [
    { key: 'proposed', label: t('ledger.proposed'), effect: ledger.proposed.effect },
    { key: 'decided', label: t('ledger.decided'), effect: ledger.decided.effect },
  ];
  const max = Math.max(1, target ?? 0, ...rows.map((r) => r.effect));
  const barSpace = WIDTH - LABEL - VALUE;
  const x = (n: number): number => LABEL + (Math.max(0, n) / max) * barSpace;
  const description =
    target === undefined
      ? `${t('ledger.summary', { proposed: tkr(ledger.proposed.effect), decided: tkr(ledger.decided.effect) })}. ${t('ledger.noTarget')}`
      : t('ledger.targetChart', { proposed: tkr(ledger.proposed.effect), decided: tkr(ledger.decided.effect), target: tkr(target) });
  return (
    <figure className="ledger-figure">
      <svg className="ledger-chart" viewBox={`0 0 ${WIDTH} ${TOP + rows.length * ROW + 4}`} role="img" aria-labelledby={descId}>
        {rows.map((row, i) => {
          const y = TOP + i * ROW;
          const share = shareOfTarget(row.effect, target);
          return (
            <g key={row.key}>
              <text x={LABEL - 8} y={y + BAR - 5} textAnchor="end" className="ledger-chart-label">
                {row.label}
              </text>
              <rect x={LABEL} y={y} width={x(row.effect) - LABEL} height={BAR} className={`ledger-bar-${row.key}`} />
              <text x={x(row.effect) + 6} y={y + BAR - 5} className="ledger-chart-value">
                {share === undefined ? tkr(row.effect) : `${tkr(row.effect)} (${percent(share)})`}
              </text>
            </g>
          );
        })}
        {target !== undefined && (
          <g>
            <line x1={x(target)} x2={x(target)} y1={TOP - 6} y2={TOP + rows.length * ROW} className="ledger-target-line" strokeWidth="2" strokeDasharray="5 3" />
            <text x={x(target)} y={TOP - 9} textAnchor="middle" className="ledger-chart-value">
              {`${t('ledger.target')} ${tkr(target)}`}
            </text>
          </g>
        )}
      </svg>
      <figcaption id={descId}>{description}</figcaption>
    </figure>
  );
}
