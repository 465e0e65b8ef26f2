import { memo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDroppable } from '@dnd-kit/core';
import { Plus } from 'lucide-react';
import type { BoardKind } from '../../../shared/schema/board.ts';
import { useBoardActions } from '../../state/useBoardActions.ts';
import { useCellCardIds } from '../../state/useCellCardIds.ts';
import { cellDropId } from '../../dnd/columnDrop.ts';
import { AT_END, useDropMarker } from '../../dnd/dropMarker.ts';
import { CardItem } from '../cards/CardItem.tsx';
import { useEditAccess } from '../../auth/EditAccessContext.ts';
import { useBoardCommands } from '../../state/BoardCommands.tsx';

interface BoardCellProps {
  columnId: string;
  lane: string;
  kind: BoardKind;
  /** Position in the grid, for the keyboard's moves across columns and lanes. */
  columnIndex: number;
  laneIndex: number;
  /** "Column, lane" for labels. */
  placeLabel: string;
}

/**
 * One column × lane cell: a drop target and the list of its cards. It re-renders when its
 * membership or order changes (useCellCardIds), or when a drag enters, leaves or moves in it
 * (the drop marker); its cards only for their own changes.
 */
export const BoardCell = memo(function BoardCell({ columnId, lane, kind, columnIndex, laneIndex, placeLabel }: BoardCellProps) {
  const { t } = useTranslation();
  const ids = useCellCardIds(columnId, lane);
  const id = cellDropId(columnId, lane);
  const marker = useDropMarker(id);
  const { readOnly } = useEditAccess();
  const { setNodeRef, isOver } = useDroppable({ id, data: { type: 'cell', column: columnId, lane, columnIndex, laneIndex } });
  return (
    <section ref={setNodeRef} className={`board-cell${isOver ? ' is-over' : ''}`} aria-label={placeLabel}>
      <CellCards ids={ids} kind={kind} marker={marker} />
      {ids.length === 0 && <p className="cell-empty">{t('board.column.empty')}</p>}
      {!readOnly && <AddCard columnId={columnId} lane={lane} placeLabel={placeLabel} />}
    </section>
  );
});

interface CellCardsProps {
  ids: readonly string[];
  kind: BoardKind;
  /** Where a dragged card would land: before this card, AT_END, or null. */
  marker: string | null;
}

/** The cell's cards in order, with the drop marker as a line (a class: no layout shift). */
const CellCards = memo(function CellCards({ ids, kind, marker }: CellCardsProps) {
  return (
    <ol className={`cell-cards${marker === AT_END ? ' drop-at-end' : ''}`}>
      {ids.map((cardId) => (
        <li key={cardId} className={marker === cardId ? 'drop-before' : undefined}>
          <CardItem id={cardId} kind={kind} />
        </li>
      ))}
    </ol>
  );
});

/** "Lägg till kort": a button that opens a one-line form for the new card's title. */
function AddCard({ columnId, lane, placeLabel }: { columnId: string; lane: string; placeLabel: string }) {
  const { t } = useTranslation();
  const actions = useBoardActions();
  const { reportError } = useBoardCommands();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  // Escape closes the form, which unmounts the focused input: focus goes back to the button, not to <body>.
  const refocus = useRef(false);
  const focusButton = (button: HTMLButtonElement | null): void => {
    if (button && refocus.current) {
      refocus.current = false;
      button.focus();
    }
  };
  const cancel = (): void => {
    refocus.current = true;
    setOpen(false);
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!title.trim()) return;
    try {
      actions.createCard({ column: columnId, lane }, title.trim());
      setTitle('');
    } catch (error) {
      reportError(error);
    }
  };
  if (!open) {
    return (
      <button type="button" ref={focusButton} className="add-card" onClick={() => setOpen(true)} aria-label={t('board.addCardIn', { place: placeLabel })}>
        <Plus aria-hidden="true" size={18} /> {t('board.addCard')}
      </button>
    );
  }
  return (
    <form className="add-card-form" onSubmit={submit}>
      <label>
        <span className="visually-hidden">{t('board.newCardTitle')}</span>
        <input
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          onKeyDown={(event) => event.key === 'Escape' && cancel()}
          placeholder={t('board.newCardTitle')}
          maxLength={500}
          autoFocus
        />
      </label>
      <button type="submit" className="primary">
        {t('board.addCard')}
      </button>
    </form>
  );
}
