import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerStage } from '../../../shared/ledger.ts';
import { useLedgerFormat } from './useLedgerFormat.ts';

const WIDTH = 640;
const LABEL = 240;
const VALUE = 120;
const ROW = 34;
const BAR = 20;

/**
 * Effect per stage as horizontal bars (SVG). The decided stage is hatched and says so in
 * words, so nothing depends on colour; the stage table next to it is the text alternative.
 */
export function StageChart({ stages }: { stages: readonly LedgerStage[] }) {
  const { t } = useTranslation();
  const { tkr } = useLedgerFormat();
  const descId = useId();
  const hatchId = useId();
  const max = Math.max(1, ...stages.map((s) => s.totals.effect));
  const barSpace = WIDTH - LABEL - VALUE;
  return (
    <figure className="ledger-figure">
      <svg className="ledger-chart" viewBox={`0 0 ${WIDTH} ${stages.length * ROW + 4}`} role="img" aria-labelledby={descId}>
        <defs>
          <pattern id={hatchId} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" className="ledger-bar-decided" />
            <line x1="0" y1="0" x2="0" y2="8" className="ledger-hatch-stripe" strokeWidth="3" />
          </pattern>
        </defs>
        {stages.map((stage, i) => {
          const y = i * ROW + 4;
          const width = (Math.max(0, stage.totals.effect) / max) * barSpace;
          return (
            <g key={stage.columnId}>
              <text x={LABEL - 8} y={y + BAR - 5} textAnchor="end" className="ledger-chart-label">
                {stage.decided ? `${stage.title} ${t('ledger.decidedMark')}` : stage.title}
              </text>
              <rect x={LABEL} y={y} width={width} height={BAR} {...(stage.decided ? { fill: `url(#${hatchId})` } : { className: 'ledger-bar-proposed' })} />
              <text x={LABEL + width + 6} y={y + BAR - 5} className="ledger-chart-value">
                {tkr(stage.totals.effect)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id={descId}>{t('ledger.stagesChart')}</figcaption>
    </figure>
  );
}
