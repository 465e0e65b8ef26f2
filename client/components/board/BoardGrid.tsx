import { Fragment, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { SortableContext, horizontalListSortingStrategy } from '@dnd-kit/sortable';
import { Plus } from 'lucide-react';
import type { BoardMeta } from '../../../shared/schema/board.ts';
import { useColumns } from '../../state/useBoard.ts';
import { useBoardActions } from '../../state/useBoardActions.ts';
import { useLanes } from '../../state/useCellCardIds.ts';
import { useGroupTotals } from '../../state/useTotals.ts';
import { columnDragId } from '../../dnd/columnDrop.ts';
import { BoardCell } from '../columns/BoardCell.tsx';
import { ColumnHeader } from '../columns/ColumnHeader.tsx';
import { CardIconSprites } from '../cards/CardIcons.tsx';
import { ColumnSettingsDialog } from '../columns/ColumnSettingsDialog.tsx';
import { useEditAccess } from '../../auth/EditAccessContext.ts';
import { useBoardCommands } from '../../state/BoardCommands.tsx';
import { useLaneLabel } from '../../state/useLaneLabel.ts';
import { EffectSum } from './EffectSum.tsx';

/**
 * Columns side by side and, when the board has a lane field, one row of cells per swimlane
 * with the lane's name and totals above it. Re-renders when columns or lanes change, not cards.
 */
export function BoardGrid({ meta }: { meta: BoardMeta }) {
  const { t } = useTranslation();
  const columns = useColumns();
  const lanes = useLanes();
  const laneLabel = useLaneLabel();
  const actions = useBoardActions();
  const { reportError } = useBoardCommands();
  const { readOnly } = useEditAccess();
  const [settingsFor, setSettingsFor] = useState<string | null>(null);
  const showEffect = meta.kind === 'measures';
  const hasLanes = Boolean(meta.laneField);
  const style = { '--columns': columns.length } as CSSProperties;

  const addColumn = (): void => {
    try {
      actions.addColumn(t('board.newColumnTitle'));
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <div className="board-grid-scroll">
      <CardIconSprites />
      <div className="board-grid" style={style}>
        <SortableContext items={columns.map((c) => columnDragId(c.id))} strategy={horizontalListSortingStrategy}>
          {columns.map((column) => (
            <ColumnHeader key={column.id} column={column} showEffect={showEffect} onSettings={setSettingsFor} />
          ))}
        </SortableContext>
        {lanes.map((lane, laneIndex) => (
          <Fragment key={lane}>
            {hasLanes && <LaneHeader lane={lane} label={laneLabel(lane)} showEffect={showEffect} />}
            {columns.map((column, columnIndex) => (
              <BoardCell
                key={column.id}
                columnId={column.id}
                lane={lane}
                kind={meta.kind}
                columnIndex={columnIndex}
                laneIndex={laneIndex}
                placeLabel={hasLanes ? `${column.title}, ${laneLabel(lane)}` : column.title}
              />
            ))}
          </Fragment>
        ))}
      </div>
      {!readOnly && (
        <button type="button" className="add-column" onClick={addColumn}>
          <Plus aria-hidden="true" size={18} /> {t('board.addColumn')}
        </button>
      )}
      {settingsFor && !readOnly && <ColumnSettingsDialog columnId={settingsFor} onClose={() => setSettingsFor(null)} />}
    </div>
  );
}

/** A swimlane's name with its count and (measures) sum with its cards of unknown effect, spanning every column. */
function LaneHeader({ lane, label, showEffect }: { lane: string; label: string; showEffect: boolean }) {
  const { t } = useTranslation();
  const totals = useGroupTotals('lanes', lane);
  return (
    <h2 className="lane-header">
      <span>{label}</span>
      <span className="lane-totals">
        {t('board.count', { count: totals.count })}
        {showEffect && (
          <>
            {' · '}
            <EffectSum totals={totals} />
          </>
        )}
      </span>
    </h2>
  );
}
