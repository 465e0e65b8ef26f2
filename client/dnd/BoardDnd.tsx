import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, useSensor, useSensors, type Active, type Over } from '@dnd-kit/core';
import { laneOf } from '../../shared/read/laneOf.ts';
import { useBoardContext, useFilters } from '../state/BoardContext.tsx';
import { lanesOf } from '../state/boardLayout.ts';
import { useBoardActions } from '../state/useBoardActions.ts';
import { cardIdsInCell } from '../state/useCellCardIds.ts';
import { useBoardCommands } from '../state/BoardCommands.tsx';
import { boardCollision } from './boardCollision.ts';
import { boardKeyboardCoordinates, type DragState } from './boardKeyboardCoordinates.ts';
import { cellDropId } from './columnDrop.ts';
import { createDropMarkerStore, DropMarkerContext } from './dropMarker.ts';
import { DragRolesContext } from './DragRoles.ts';
import { othersIn, placeAt, sameSlot, slotOf, type LayoutView } from './dropTarget.ts';
import { columnIdOf, useDragAnnouncements } from './useDragAnnouncements.ts';
import type { SlotGrid } from './keyboardSlots.ts';

const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };

/**
 * The board's drag and drop: cards within and between columns and lanes, columns among
 * themselves, by pointer and keyboard, with screen-reader announcements in the UI language
 * (useDragAnnouncements). Cards are draggables only; where one would land is a slot in a cell
 * (see boardCollision), shown by a marker line in that cell, so a drag re-renders the dragged
 * card and the cells it passes.
 */
export function BoardDnd({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { store } = useBoardContext();
  const { predicate } = useFilters();
  const actions = useBoardActions();
  const { reportError } = useBoardCommands();
  const state = useRef<DragState>({ slot: null, columnTarget: null }).current;
  const markers = useRef(createDropMarkerStore()).current;
  const [dragged, setDragged] = useState<string | null>(null);

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
  const announcer = useDragAnnouncements(view, state);
  const roles = useMemo(() => ({ card: t('dnd.role.card'), column: t('dnd.role.column') }), [t]);

  const showMarker = (active: Active): void => {
    const target = columnIdOf(active) ? undefined : announcer.cardTarget(active);
    markers.set(target ? { cell: cellDropId(target.column, target.lane), before: target.beforeCardId ?? null } : null);
  };

  const drop = (active: Active, over: Over | null): void => {
    const column = columnIdOf(active);
    if (column) {
      const target = announcer.columnTarget(active, over);
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
      <DragRolesContext.Provider value={roles}>
        <DndContext
          sensors={sensors}
          collisionDetection={collisionDetection}
          accessibility={{ announcements: announcer.announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
          onDragStart={({ active }) => {
            state.columnTarget = null;
            state.slot = columnIdOf(active) ? null : (slotOf(view, String(active.id)) ?? null);
            announcer.started(active);
            setDragged(columnIdOf(active) ? null : String(active.id));
          }}
          onDragMove={({ active }) => showMarker(active)}
          onDragOver={({ active }) => showMarker(active)}
          onDragEnd={({ active, over }) => {
            announcer.ending(active, over);
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
          <DragOverlay>{dragged ? <div className="card-drag-overlay">{announcer.titleOf(dragged)}</div> : null}</DragOverlay>
        </DndContext>
      </DragRolesContext.Provider>
    </DropMarkerContext.Provider>
  );
}
