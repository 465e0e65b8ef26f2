import type { ReactNode } from 'react';
import type { Card } from '../../../shared/schema/card.ts';
import { useLaneLabel } from '../../state/useLaneLabel.ts';
import type { PrintedLane } from './printedLanes.ts';

/** One column of a printed table: its header and what a card shows in it. */
export interface PrintColumn {
  key: string;
  header: string;
  cell: (card: Card) => ReactNode;
  /** Right-aligned figures (the effect). */
  numeric?: boolean;
}

/**
 * A printed board's cards as one table per lane, each under the lane's name when the board has
 * lanes (PRT2), with `footer` after it (the lane's sum); the header row repeats on every page
 * and no row is split across pages (boardPrint.css).
 */
export function LaneTables({ lanes, columns, footer }: { lanes: readonly PrintedLane[]; columns: readonly PrintColumn[]; footer?: (lane: string) => ReactNode }) {
  const laneLabel = useLaneLabel();
  const named = lanes.length > 1 || lanes[0]?.lane !== '';
  return lanes.map(({ lane, cards }, index) => (
    <section key={lane} className="print-lane" aria-labelledby={named ? `print-lane-${index}` : undefined}>
      {named && <h2 id={`print-lane-${index}`}>{laneLabel(lane)}</h2>}
      <table className="print-table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'print-number' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cards.map((card) => (
            <tr key={card.id}>
              {columns.map((column) => (
                <td key={column.key} className={column.numeric ? 'print-number' : undefined}>
                  {column.cell(card)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {footer?.(lane)}
    </section>
  ));
}
