import { memo, type KeyboardEventHandler, type PointerEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { GripHorizontal, Settings, TriangleAlert } from 'lucide-react';
import type { Column } from '../../../shared/schema/column.ts';
import { useGroupTotals } from '../../state/useTotals.ts';
import { useEditAccess } from '../../auth/EditAccessContext.ts';
import { columnDragId } from '../../dnd/columnDrop.ts';
import { useDragRoles } from '../../dnd/DragRoles.ts';
import { EffectSum } from '../board/EffectSum.tsx';
import './columns.css';

/**
 * A column's header: title, its card count and (measures) sum after the filter with its cards of
 * unknown effect, the WIP limit against every live card, and a warning with icon and text when
 * the limit is exceeded.
 * Re-renders only when the column or its totals change.
 */
export const ColumnHeader = memo(function ColumnHeader({ column, showEffect, onSettings }: { column: Column; showEffect: boolean; onSettings: (columnId: string) => void }) {
  const { t } = useTranslation();
  const shown = useGroupTotals('columns', column.id);
  const all = useGroupTotals('columns', column.id, { unfiltered: true });
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: columnDragId(column.id),
    data: { type: 'column', columnId: column.id },
    attributes: { roleDescription: useDragRoles().column },
  });
  const { readOnly } = useEditAccess();
  const exceeded = column.wipLimit !== undefined && all.count > column.wipLimit;
  const style = { transform: CSS.Translate.toString(transform), transition };

  return (
    <div
      ref={setNodeRef}
      style={style}
      className={`column-header${exceeded ? ' is-over-wip' : ''}${isDragging ? ' is-dragging' : ''}`}
      onPointerDown={readOnly ? undefined : (listeners?.onPointerDown as PointerEventHandler | undefined)}
    >
      <div className="column-header-top">
        {!readOnly && (
          <button
            type="button"
            ref={setActivatorNodeRef}
            className="column-handle"
            {...attributes}
            onKeyDown={listeners?.onKeyDown as KeyboardEventHandler | undefined}
            aria-label={t('board.column.dragHandle', { title: column.title })}
          >
            <GripHorizontal aria-hidden="true" size={20} />
          </button>
        )}
        <h2 className="column-title">{column.title}</h2>
        {!readOnly && (
          <button type="button" className="icon-button" onClick={() => onSettings(column.id)} aria-label={t('board.column.settings', { title: column.title })}>
            <Settings aria-hidden="true" size={20} />
          </button>
        )}
      </div>
      <p className="column-totals">
        <span>{t('board.count', { count: shown.count })}</span>
        {showEffect && (
          <strong>
            <EffectSum totals={shown} />
          </strong>
        )}
      </p>
      {column.wipLimit !== undefined &&
        (exceeded ? (
          <p className="column-wip wip-exceeded" role="status">
            <TriangleAlert aria-hidden="true" size={18} /> {t('board.wip.exceeded', { count: all.count, limit: column.wipLimit })}
          </p>
        ) : (
          <p className="column-wip">
            {t('board.wip.label')}: {t('board.wip.usage', { count: all.count, limit: column.wipLimit })}
          </p>
        ))}
    </div>
  );
});
