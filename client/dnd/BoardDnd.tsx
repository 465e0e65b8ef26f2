import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Active,
  type Announcements,
  type Over,
} from '@dnd-kit/core';
import { laneOf } from '../../shared/read/laneOf.ts';
import { useBoardContext, useFilters } from '../state/BoardContext.tsx';
import { useBoardActions } from '../state/useBoardActions.ts';
import { cardIdsInCell } from '../state/useCellCardIds.ts';
import { useLaneLabel } from '../components/board/useLaneLabel.ts';
import { useBoardCommands } from '../components/board/BoardCommands.tsx';
import { boardCollision } from './boardCollision.ts';
import { boardKeyboardCoordinates, type KeyboardTarget } from './boardKeyboardCoordinates.ts';
import { resolveColumnDrop } from './columnDrop.ts';
import { currentPlace, resolveCardDrop, type DropOver, type DropTarget, type LayoutView } from './dropTarget.ts';

const dropOverOf = (over: Over): DropOver | undefined => {
  const data = over.data.current;
  if (data?.type === 'card') return { type: 'card', id: String(over.id) };
  if (data?.type === 'cell') return { type: 'cell', column: String(data.column), lane: String(data.lane) };
  return undefined;
};
const columnIdOf = (item: Active | Over): string | undefined =>
  item.data.current?.type === 'column' ? String(item.data.current.columnId) : undefined;

/**
 * The board's drag and drop: cards within and between columns and lanes, columns among
 * themselves, by pointer and keyboard, with screen-reader announcements in the UI language
 * that name the card, the column (and lane) and the position ("position 2 av 5").
 */
export function BoardDnd({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { store } = useBoardContext();
  const { predicate } = useFilters();
  const actions = useBoardActions();
  const { reportError } = useBoardCommands();
  const laneLabel = useLaneLabel();
  const keyboardTarget = useRef<KeyboardTarget>({ current: null }).current;
  const [dragged, setDragged] = useState<string | null>(null);
  // A drag starts over itself; saying so right after "picked up" would drown the pickup message.
  const lastOver = useRef<unknown>(null);
  const endMessage = useRef<string | undefined>(undefined);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: useMemo(() => boardKeyboardCoordinates(keyboardTarget), [keyboardTarget]) }),
  );

  // Read at event time from the store: handlers must see the board as it is when the drag happens.
  const view: LayoutView = {
    cellOf(cardId) {
      const card = store.getCard(cardId);
      return card && !card.archived ? { column: card.column, lane: laneOf(card, store.getMeta()?.laneField) } : undefined;
    },
    cardsIn: (column, lane) => cardIdsInCell(store, predicate, column, lane),
  };
  const columnIds = () => store.getColumns().map((c) => c.id);
  const titleOf = (cardId: string) => store.getCard(cardId)?.title || t('card.untitled');
  const columnTitle = (columnId: string) => store.getColumns().find((c) => c.id === columnId)?.title ?? '';

  const describe = (place: DropTarget): string => {
    const values = { column: columnTitle(place.column), position: place.position, count: place.count };
    return store.getMeta()?.laneField ? t('dnd.placeInLane', { ...values, lane: laneLabel(place.lane) }) : t('dnd.place', values);
  };
  const describeColumn = (position: number) => t('dnd.columnPlace', { position, count: columnIds().length });
  const cardTarget = (active: Active, over: Over | null): DropTarget | undefined => {
    const dropOver = over && dropOverOf(over);
    return dropOver ? resolveCardDrop(view, String(active.id), dropOver) : undefined;
  };
  const columnTarget = (active: Active, over: Over | null) => {
    const from = columnIdOf(active);
    const to = over && columnIdOf(over);
    return from && to ? resolveColumnDrop(columnIds(), from, to) : undefined;
  };

  const dropMessage = (active: Active, over: Over | null): string | undefined => {
    const column = columnIdOf(active);
    if (column) {
      const target = columnTarget(active, over);
      return target && t('dnd.dropped', { title: columnTitle(column), place: describeColumn(target.position) });
    }
    const target = cardTarget(active, over) ?? currentPlace(view, String(active.id));
    return target && t('dnd.dropped', { title: titleOf(String(active.id)), place: describe(target) });
  };

  const announcements: Announcements = {
    onDragStart({ active }) {
      lastOver.current = active.id;
      const column = columnIdOf(active);
      if (column) return t('dnd.pickedUp', { title: columnTitle(column), place: describeColumn(columnIds().indexOf(column) + 1) });
      const place = currentPlace(view, String(active.id));
      return t('dnd.pickedUp', { title: titleOf(String(active.id)), place: place ? describe(place) : '' });
    },
    onDragOver({ active, over }) {
      if ((over?.id ?? null) === lastOver.current) return undefined;
      lastOver.current = over?.id ?? null;
      const column = columnIdOf(active);
      if (column) {
        const target = columnTarget(active, over);
        return target && t('dnd.over', { title: columnTitle(column), place: describeColumn(target.position) });
      }
      const target = cardTarget(active, over);
      const title = titleOf(String(active.id));
      return target ? t('dnd.over', { title, place: describe(target) }) : t('dnd.nowhere', { title });
    },
    // Worded before the drop: afterwards the store already shows the card in its new place.
    onDragEnd: () => endMessage.current,
    onDragCancel({ active }) {
      const column = columnIdOf(active);
      if (column) return t('dnd.cancelled', { title: columnTitle(column), place: describeColumn(columnIds().indexOf(column) + 1) });
      const place = currentPlace(view, String(active.id));
      return t('dnd.cancelled', { title: titleOf(String(active.id)), place: place ? describe(place) : '' });
    },
  };

  const drop = (active: Active, over: Over | null): void => {
    const column = columnIdOf(active);
    if (column) {
      const target = columnTarget(active, over);
      if (target && columnIdOf(over!) !== column) actions.moveColumn(column, target.beforeColumnId);
      return;
    }
    if (!over || over.id === active.id) return;
    const target = cardTarget(active, over);
    if (target) actions.moveCard(String(active.id), target);
  };

  const collisionDetection = useMemo(() => boardCollision(keyboardTarget), [keyboardTarget]);
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
      onDragStart={({ active }) => {
        keyboardTarget.current = null;
        setDragged(columnIdOf(active) ? null : String(active.id));
      }}
      onDragEnd={({ active, over }) => {
        setDragged(null);
        keyboardTarget.current = null;
        endMessage.current = dropMessage(active, over);
        try {
          drop(active, over);
        } catch (error) {
          reportError(error);
        }
      }}
      onDragCancel={() => {
        setDragged(null);
        keyboardTarget.current = null;
      }}
    >
      {children}
      <DragOverlay>{dragged ? <div className="card-drag-overlay">{titleOf(dragged)}</div> : null}</DragOverlay>
    </DndContext>
  );
}
