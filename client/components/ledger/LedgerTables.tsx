import { useTranslation } from 'react-i18next';
import type { Ledger } from '../../../shared/ledger.ts';
import { useLaneLabel } from '../../state/useLaneLabel.ts';
import { useLedgerFormat } from './useLedgerFormat.ts';

/** Effect per stage and lane, with each stage's total and card count (LED5); the stage chart's text alternative. */
export function StageTable({ ledger }: { ledger: Ledger }) {
  const { t } = useTranslation();
  const { tkr } = useLedgerFormat();
  const laneLabel = useLaneLabel();
  const showLanes = ledger.lanes.length > 1 || (ledger.lanes.length === 1 && ledger.lanes[0]!.lane !== '');
  return (
    <table className="ledger-table">
      <caption>{t('ledger.stagesHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ledger.stage')}</th>
          {showLanes && ledger.lanes.map((lane) => <th key={lane.lane} scope="col">{laneLabel(lane.lane)}</th>)}
          <th scope="col">{t('ledger.total')}</th>
          <th scope="col">{t('ledger.count')}</th>
        </tr>
      </thead>
      <tbody>
        {ledger.stages.map((stage) => (
          <tr key={stage.columnId}>
            <th scope="row">
              {stage.title} {stage.decided && <span className="ledger-decided-mark">{t('ledger.decidedMark')}</span>}
            </th>
            {showLanes && stage.byLane.map((cell, i) => <td key={ledger.lanes[i]!.lane}>{tkr(cell.effect)}</td>)}
            <td>{tkr(stage.totals.effect)}</td>
            <td>{stage.totals.count}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('ledger.total')}</th>
          {showLanes && ledger.lanes.map((lane) => <td key={lane.lane}>{tkr(lane.proposed.effect)}</td>)}
          <td>{tkr(ledger.proposed.effect)}</td>
          <td>{ledger.proposed.count}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** Proposed against decided per lane and for the board (LED2). */
export function LaneTable({ ledger }: { ledger: Ledger }) {
  const { t } = useTranslation();
  const { tkr } = useLedgerFormat();
  const laneLabel = useLaneLabel();
  const rows = [
    ...ledger.lanes.map((lane) => ({ key: lane.lane, label: laneLabel(lane.lane), proposed: lane.proposed, decided: lane.decided })),
    { key: '\u0000total', label: t('ledger.total'), proposed: ledger.proposed, decided: ledger.decided },
  ];
  return (
    <table className="ledger-table">
      <caption>{t('ledger.lanesHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ledger.lane')}</th>
          <th scope="col">{t('ledger.proposed')}</th>
          <th scope="col">{t('ledger.decided')}</th>
          <th scope="col">{t('ledger.notDecided')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{tkr(row.proposed.effect)}</td>
            <td>{tkr(row.decided.effect)}</td>
            <td>{tkr(row.proposed.effect - row.decided.effect)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
