import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PiggyBank } from 'lucide-react';
import type { Ledger } from '../../../shared/ledger.ts';
import { useLaneLabel } from '../../state/useLaneLabel.ts';
import { LaneTable, StageTable } from './LedgerTables.tsx';
import { StageChart } from './StageChart.tsx';
import { TargetChart } from './TargetChart.tsx';
import { useLedger } from './useLedger.ts';
import { useLedgerFormat } from './useLedgerFormat.ts';
import './SavingsLedger.css';

/**
 * The savings ledger of a measures board: proposed against decided and against the target,
 * effect per stage and lane as charts and tables, and the measures whose effect is unknown,
 * by name. The whole board, computed from the cards (LED1); a disclosure whose summary
 * line carries the key figures, so it can stay closed during the meeting. Reads the board of
 * the BoardProvider above it.
 */
export function SavingsLedger() {
  const { t } = useTranslation();
  const { tkr } = useLedgerFormat();
  const ledger = useLedger();
  // The body is rendered only while open: closed, the summary line is all there is to read.
  const [open, setOpen] = useState(false);
  if (!ledger) return null;
  const figures = { proposed: tkr(ledger.proposed.effect), decided: tkr(ledger.decided.effect) };
  const decidedStage = ledger.stages.find((s) => s.decided);
  return (
    <details className="ledger" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <PiggyBank aria-hidden="true" size={20} /> <strong>{t('ledger.heading')}:</strong>{' '}
        {ledger.target === undefined ? t('ledger.summary', figures) : t('ledger.summaryTarget', { ...figures, target: tkr(ledger.target) })}
      </summary>
      {open && (
        <div className="ledger-body">
          <p className="ledger-note">
            {t('ledger.scope')} {decidedStage ? t('ledger.decidedRule', { column: decidedStage.title }) : t('ledger.noDecidedStage')}
          </p>
          <section className="ledger-section">
            <h3>{t('ledger.targetHeading')}</h3>
            <TargetChart ledger={ledger} />
            <LaneTable ledger={ledger} />
          </section>
          <section className="ledger-section">
            <h3>{t('ledger.stagesHeading')}</h3>
            <StageChart stages={ledger.stages} />
            <StageTable ledger={ledger} />
          </section>
          <UnknownEffect ledger={ledger} />
        </div>
      )}
    </details>
  );
}

/** The measures counted without an effect (LED4), named with their stage and lane. */
function UnknownEffect({ ledger }: { ledger: Ledger }) {
  const { t } = useTranslation();
  const laneLabel = useLaneLabel();
  if (ledger.unknownEffect.length === 0) return null;
  const stageTitle = new Map(ledger.stages.map((s) => [s.columnId, s.title]));
  return (
    <section className="ledger-section ledger-unknown">
      <p>{t('ledger.unknown', { count: ledger.unknownEffect.length })}</p>
      <ul>
        {ledger.unknownEffect.map((card) => (
          <li key={card.id}>{t('ledger.unknownItem', { title: card.title, stage: stageTitle.get(card.columnId) ?? '', lane: laneLabel(card.lane) })}</li>
        ))}
      </ul>
    </section>
  );
}
