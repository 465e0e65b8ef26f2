import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeWording } from '../../shared/changes/changeSummary.ts';
import type { CardChanges } from '../../shared/changes/collapseChanges.ts';
import { useBoardContext } from '../state/BoardContext.tsx';
import { useColumns } from '../state/useBoard.ts';
import { changeWording } from './changeWording.ts';

/** The change summary's words in the UI language, columns named by their titles now (CHG9). */
export function useChangeWording(): ChangeWording {
  const { t, i18n } = useTranslation();
  const columns = useColumns();
  return useMemo(() => changeWording(t, i18n.language, (id) => columns.find((column) => column.id === id)?.title), [t, i18n.language, columns]);
}

/** A changed card's title: as it reads now, else as it was created, else "Borttaget kort" (a card gone from the board). */
export function useChangedCardTitle(): (card: CardChanges) => string {
  const { t } = useTranslation();
  const { store } = useBoardContext();
  return useMemo(
    () => (card) => store.getCard(card.cardId)?.title || (typeof card.created?.title === 'string' ? card.created.title : '') || t('changes.deletedCard'),
    [store, t],
  );
}
