import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Active, Announcements, Over } from '@dnd-kit/core';
import { useBoardContext } from '../state/BoardContext.tsx';
import { useLaneLabel } from '../state/useLaneLabel.ts';
import type { DragState } from './boardKeyboardCoordinates.ts';
import { resolveColumnDrop } from './columnDrop.ts';
import { currentPlace, placeAt, sameSlot, type CardSlot, type DropTarget, type LayoutView } from './dropTarget.ts';

/** The column a drag item stands for, when it is a column header; undefined for a card. */
export const columnIdOf = (item: Active | Over): string | undefined =>
  item.data.current?.type === 'column' ? String(item.data.current.columnId) : undefined;

/** What the board's drag and drop tells a screen reader, and the targets it words them from. */
export interface DragAnnouncer {
  announcements: Announcements;
  /** Where the dragged card would land now, from the slot in the drag state. */
  cardTarget(active: Active): DropTarget | undefined;
  /** Where the dragged column would land over `over`. */
  columnTarget(active: Active, over: Over | null): ReturnType<typeof resolveColumnDrop>;
  /** A drag starts where the item is: nothing is told until its place changes. */
  started(active: Active): void;
  /** Words the drop before it is made: afterwards the store already shows the card in its new place. */
  ending(active: Active, over: Over | null): void;
  titleOf(cardId: string): string;
}

/**
 * The board's screen-reader announcements in the UI language, naming the card or column, the
 * column (and lane) and the position ("position 2 av 5"). Read at event time from the store and
 * `view`: the handlers must see the board as it is when the drag happens.
 */
export function useDragAnnouncements(view: LayoutView, state: DragState): DragAnnouncer {
  const { t } = useTranslation();
  const { store } = useBoardContext();
  const laneLabel = useLaneLabel();
  // Announced while moving only when the place changes.
  const announced = useRef<{ slot: CardSlot | null; over: unknown }>({ slot: null, over: null });
  const endMessage = useRef<string | undefined>(undefined);

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
  /** "Picked up" and "cancelled" name the place the item is in now. */
  const whereItIs = (key: 'dnd.pickedUp' | 'dnd.cancelled', active: Active): string => {
    const column = columnIdOf(active);
    if (column) return t(key, { title: columnTitle(column), place: describeColumn(columnIds().indexOf(column) + 1) });
    const place = currentPlace(view, String(active.id));
    return t(key, { title: titleOf(String(active.id)), place: place ? describe(place) : '' });
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
  const cardMoved = (active: Active): string | undefined => {
    if (sameSlot(state.slot, announced.current.slot)) return undefined;
    announced.current.slot = state.slot;
    const target = cardTarget(active);
    const title = titleOf(String(active.id));
    return target ? t('dnd.over', { title, place: describe(target) }) : t('dnd.nowhere', { title });
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => whereItIs('dnd.pickedUp', active),
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
    onDragEnd: () => endMessage.current,
    onDragCancel: ({ active }) => whereItIs('dnd.cancelled', active),
  };

  return {
    announcements,
    cardTarget,
    columnTarget,
    started: (active) => {
      announced.current = { slot: state.slot, over: active.id };
    },
    ending: (active, over) => {
      endMessage.current = dropMessage(active, over);
    },
    titleOf,
  };
}
