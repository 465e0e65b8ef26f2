import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, useSensor, useSensors, type Active, type Announcements, type Over } from '@dnd-kit/core';
import { laneOf } from '../../shared/read/laneOf.ts';
import { useBoardContext, useFilters } from '../state/BoardContext.tsx';
import { lanesOf } from '../state/boardLayout.ts';
import { useBoardActions } from '../state/useBoardActions.ts';
import { cardIdsInCell } from '../state/useCellCardIds.ts';
import { useLaneLabel } from '../components/board/useLaneLabel.ts';
import { useBoardCommands } from '../components/board/BoardCommands.tsx';
import { boardCollision } from './boardCollision.ts';
import { boardKeyboardCoordinates, type DragState } from './boardKeyboardCoordinates.ts';
import { cellDropId, resolveColumnDrop } from './columnDrop.ts';
import { createDropMarkerStore, DropMarkerContext } from './dropMarker.ts';
import { currentPlace, othersIn, placeAt, sameSlot, slotOf, type CardSlot, type DropTarget, type LayoutView } from './dropTarget.ts';
import type { SlotGrid } from './keyboardSlots.ts';

const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };
const columnIdOf = (item: Active | Over): string | undefined =>
  item.data.current?.type === 'column' ? String(item.data.current.columnId) : undefined;

/**
 * The board's drag and drop: cards within and between columns and lanes, columns among
 * themselves, by pointer and keyboard, with screen-reader announcements in the UI language
 * that name the card, the column (and lane) and the position ("position 2 av 5"). Cards are
 * draggables only; where one would land is a slot in a cell (see boardCollision), shown by a
 * marker line in that cell, so a drag re-renders the dragged card and the cells it passes.
 */
export function BoardDnd({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { store } = useBoardContext();
  const { predicate } = useFilters();
  const actions = useBoardActions();
  const { reportError } = useBoardCommands();
  const laneLabel = useLaneLabel();
  const state = useRef<DragState>({ slot: null, columnTarget: null }).current;
  const markers = useRef(createDropMarkerStore()).current;
  const [dragged, setDragged] = useState<string | null>(null);
  // Announced while moving only when the place changes; a drag starts where the card is.
  const announced = useRef<{ slot: CardSlot | null; over: unknown }>({ slot: null, over: null });
  const endMessage = useRef<string | undefined>(undefined);

  // Read at event time from the store: handlers must see the board as it is when the drag happens.
  const view: LayoutView = {
    cellOf(cardId) {
      const card = store.getCard(cardId);
      return card && !card.archived ? { column: card.column, lane: laneOf(card, store.getMeta()?.laneField) } : undefined;
    },
    cardsIn: (column, lane) => cardIdsInCell(store, predicate, column, lane),
  };
  const gridFor = (activeId: string): SlotGrid => {
    const board = store.getBoard();
    return {
      columns: store.getColumns().map((c) => c.id),
      lanes: board ? lanesOf(board) : [''],
      count: (column, lane) => othersIn(view, column, lane, activeId).length,
    };
  };
  // The getter and collision detection live as long as the board; they reach the current view through this ref.
  const gridRef = useRef(gridFor);
  gridRef.current = gridFor;
  const keyboardOptions = useMemo(() => ({ coordinateGetter: boardKeyboardCoordinates(state, (id) => gridRef.current(id)) }), [state]);
  // Sensor options must keep their identity: new ones make new drag listeners for every card.
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, keyboardOptions));
  const collisionDetection = useMemo(() => boardCollision(state), [state]);

  const columnIds = () => store.getColumns().map((c) => c.id);
  const titleOf = (cardId: string) => store.getCard(cardId)?.title || t('card.untitled');
  const columnTitle = (columnId: string) => store.getColumns().find((c) => c.id === columnId)?.title ?? '';
  const describe = (place: DropTarget): string => {
    const values = { column: columnTitle(place.column), position: place.position, count: place.count };
    return store.getMeta()?.laneField ? t('dnd.placeInLane', { ...values, lane: laneLabel(place.lane) }) : t('dnd.place', values);
  };
  const describeColumn = (position: number) => t('dnd.columnPlace', { position, count: columnIds().length });
  const cardTarget = (active: Active): DropTarget | undefined => (state.slot ? placeAt(view, String(active.id), state.slot) : undefined);
  const columnTarget = (active: Active, over: Over | null) => {
    const from = columnIdOf(active);
    const to = over && columnIdOf(over);
    return from && to ? resolveColumnDrop(columnIds(), from, to) : undefined;
  };
  const showMarker = (active: Active): void => {
    const target = columnIdOf(active) ? undefined : cardTarget(active);
    markers.set(target ? { cell: cellDropId(target.column, target.lane), before: target.beforeCardId ?? null } : null);
  };

  const dropMessage = (active: Active, over: Over | null): string | undefined => {
    const column = columnIdOf(active);
    if (column) {
      const target = columnTarget(active, over);
      return target && t('dnd.dropped', { title: columnTitle(column), place: describeColumn(target.position) });
    }
    const target = cardTarget(active) ?? currentPlace(view, String(active.id));
    return target && t('dnd.dropped', { title: titleOf(String(active.id)), place: describe(target) });
  };
  const cancelMessage = (active: Active): string => {
    const column = columnIdOf(active);
    if (column) return t('dnd.cancelled', { title: columnTitle(column), place: describeColumn(columnIds().indexOf(column) + 1) });
    const place = currentPlace(view, String(active.id));
    return t('dnd.cancelled', { title: titleOf(String(active.id)), place: place ? describe(place) : '' });
  };

  const cardMoved = (active: Active): string | undefined => {
    if (sameSlot(state.slot, announced.current.slot)) return undefined;
    announced.current.slot = state.slot;
    const target = cardTarget(active);
    const title = titleOf(String(active.id));
    return target ? t('dnd.over', { title, place: describe(target) }) : t('dnd.nowhere', { title });
  };

  const announcements: Announcements = {
    onDragStart({ active }) {
      const column = columnIdOf(active);
      if (column) return t('dnd.pickedUp', { title: columnTitle(column), place: describeColumn(columnIds().indexOf(column) + 1) });
      const place = currentPlace(view, String(active.id));
      return t('dnd.pickedUp', { title: titleOf(String(active.id)), place: place ? describe(place) : '' });
    },
    // A card's place changes within a cell too, where `over` (the cell) stays: it is told on every
    // move and change of cell, once per new place.
    onDragMove: ({ active }) => (columnIdOf(active) ? undefined : cardMoved(active)),
    onDragOver({ active, over }) {
      const column = columnIdOf(active);
      if (!column) return cardMoved(active);
      if ((over?.id ?? null) === announced.current.over) return undefined;
      announced.current.over = over?.id ?? null;
      const target = columnTarget(active, over);
      return target && t('dnd.over', { title: columnTitle(column), place: describeColumn(target.position) });
    },
    // Worded before the drop: afterwards the store already shows the card in its new place.
    onDragEnd: () => endMessage.current,
    onDragCancel: ({ active }) => cancelMessage(active),
  };

  const drop = (active: Active, over: Over | null): void => {
    const column = columnIdOf(active);
    if (column) {
      const target = columnTarget(active, over);
      if (target && columnIdOf(over!) !== column) actions.moveColumn(column, target.beforeColumnId);
      return;
    }
    const cardId = String(active.id);
    if (!state.slot || sameSlot(state.slot, slotOf(view, cardId))) return;
    actions.moveCard(cardId, placeAt(view, cardId, state.slot));
  };
  const reset = (): void => {
    setDragged(null);
    state.slot = null;
    state.columnTarget = null;
    markers.set(null);
  };

  return (
    <DropMarkerContext.Provider value={markers}>
      <DndContext
        sensors={sensors}
        collisionDetection={collisionDetection}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
        onDragStart={({ active }) => {
          state.columnTarget = null;
          state.slot = columnIdOf(active) ? null : (slotOf(view, String(active.id)) ?? null);
          announced.current = { slot: state.slot, over: active.id };
          setDragged(columnIdOf(active) ? null : String(active.id));
        }}
        onDragMove={({ active }) => showMarker(active)}
        onDragOver={({ active }) => showMarker(active)}
        onDragEnd={({ active, over }) => {
          endMessage.current = dropMessage(active, over);
          try {
            drop(active, over);
          } catch (error) {
            reportError(error);
          }
          reset();
        }}
        onDragCancel={reset}
      >
        {children}
        <DragOverlay>{dragged ? <div className="card-drag-overlay">{titleOf(dragged)}</div> : null}</DragOverlay>
      </DndContext>
    </DropMarkerContext.Provider>
  );
}
