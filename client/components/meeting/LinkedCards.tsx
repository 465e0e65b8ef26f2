import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { openLiveBoard, useBoardCards } from '../../sync/useBoardCards.ts';

/**
 * The cards an item links on one board, by their titles: the board is opened (read from this
 * browser's copy and the server) for as long as the item is open, since the link holds ids only.
 */
export function LinkedCards({ item, boardId, boardTitle, onShow }: { item: AgendaItem; boardId: string; boardTitle: string; onShow: (cardId: string) => void }) {
  const { t } = useTranslation();
  const { canEdit, actions } = useMeetingContext();
  const cards = useBoardCards(boardId, openLiveBoard);
  const linked = item.cards.filter((card) => card.board === boardId);
  const unlink = (cardId: string): void => void actions.updateItem(item.id, { cards: item.cards.filter((card) => !(card.board === boardId && card.card === cardId)) });
  return (
    <ul className="item-links-list" aria-label={t('meeting.links.cardsOn', { board: boardTitle })}>
      {linked.map(({ card: cardId }) => {
        const title = cards?.find((card) => card.id === cardId)?.title || t('meeting.links.unknownCard');
        return (
          <li key={cardId}>
            <span>{title}</span>
            <button type="button" onClick={() => onShow(cardId)} aria-label={t('meeting.links.showCardNamed', { title })}>
              {t('meeting.links.showCard')}
            </button>
            {canEdit && (
              <button type="button" onClick={() => unlink(cardId)} aria-label={t('meeting.links.unlinkCard', { title })}>
                {t('meeting.links.unlink')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
