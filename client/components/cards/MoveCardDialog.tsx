import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { laneOf } from '../../../shared/read/laneOf.ts';
import { useBoardContext, useFilters } from '../../state/BoardContext.tsx';
import { useBoardMeta, useColumns } from '../../state/useBoard.ts';
import { useBoardActions } from '../../state/useBoardActions.ts';
import { useCard } from '../../state/useCard.ts';
import { cardIdsInCell, useLanes } from '../../state/useCellCardIds.ts';
import { LabelledSelect } from '../app/LabelledSelect.tsx';
import { useAnnounce } from '../app/LiveRegion.tsx';
import { Modal } from '../board/Modal.tsx';
import { ModalActions } from '../board/ModalActions.tsx';
import { useBoardCommands } from '../../state/BoardCommands.tsx';
import { useLaneLabel } from '../../state/useLaneLabel.ts';

/**
 * "Flytta till…": moves a card by choosing column, lane and position, the single-pointer and
 * keyboard alternative to dragging (WCAG 2.5.7). Positions count the cards the cell shows.
 */
export function MoveCardDialog({ cardId, onClose }: { cardId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { store } = useBoardContext();
  const { predicate } = useFilters();
  const card = useCard(cardId);
  const meta = useBoardMeta();
  const columns = useColumns();
  const lanes = useLanes();
  const laneLabel = useLaneLabel();
  const actions = useBoardActions();
  const announce = useAnnounce();
  const { reportError } = useBoardCommands();
  const [column, setColumn] = useState(card?.column ?? columns[0]?.id ?? '');
  const [lane, setLane] = useState(card ? laneOf(card, meta?.laneField) : '');
  const others = cardIdsInCell(store, predicate, column, lane).filter((id) => id !== cardId);
  const current = card && card.column === column && laneOf(card, meta?.laneField) === lane;
  const ownIndex = current ? cardIdsInCell(store, predicate, column, lane).indexOf(cardId) : -1;
  const [position, setPosition] = useState(ownIndex >= 0 ? ownIndex + 1 : others.length + 1);
  if (!card) return null;
  const title = card.title || t('card.untitled');
  const count = others.length + 1;
  const chosen = Math.min(position, count);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    try {
      actions.moveCard(cardId, { column, lane: meta?.laneField ? lane : undefined, beforeCardId: others[chosen - 1] });
      const place = { title, column: columns.find((c) => c.id === column)?.title ?? '', position: chosen, count };
      // As the drag announcements do: on a board with lanes the lane is part of the place.
      announce(meta?.laneField ? t('card.move.doneInLane', { ...place, lane: laneLabel(lane) }) : t('card.move.done', place));
      onClose();
      // The card now lives in another list: give focus back to its own "Flytta till…" button there.
      // Card ids are [A-Za-z0-9_-] (shared/ids.ts), safe inside a quoted attribute selector.
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-card-id="${cardId}"] .card-move`)?.focus());
    } catch (error) {
      reportError(error);
    }
  };
  // Changing column or lane keeps the chosen position when it still exists, else last.
  const choose = (setter: (v: string) => void) => (value: string) => {
    setter(value);
    setPosition(Number.MAX_SAFE_INTEGER);
  };

  return (
    <Modal title={t('card.move.title', { title })} onClose={onClose}>
      <form onSubmit={submit} className="move-card-form">
        <LabelledSelect label={t('card.move.column')} value={column} onChange={choose(setColumn)} options={columns.map((c) => ({ value: c.id, label: c.title }))} />
        {meta?.laneField && <LabelledSelect label={t('card.move.lane')} value={lane} onChange={choose(setLane)} options={lanes.map((l) => ({ value: l, label: laneLabel(l) }))} />}
        <LabelledSelect
          label={t('card.move.position')}
          value={String(chosen)}
          onChange={(value) => setPosition(Number(value))}
          options={Array.from({ length: count }, (_, i) => ({ value: String(i + 1), label: t('card.move.positionOption', { position: i + 1, count }) }))}
        />
        <ModalActions cancelLabel={t('card.move.cancel')} submitLabel={t('card.move.submit')} onCancel={onClose} />
      </form>
    </Modal>
  );
}
