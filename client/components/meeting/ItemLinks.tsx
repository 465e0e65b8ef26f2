import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_LIMITS } from '../../../shared/meeting/meetingSchema.ts';
import type { AgendaItem } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import type { Stage } from '../../meeting/useStage.ts';
import type { BoardSummary } from '../start/boardsApi.ts';
import { LinkedCards } from './LinkedCards.tsx';
import { focusStage } from './MeetingStage.tsx';
import { boardTitle } from './useLinkableBoards.ts';

/**
 * The boards (and cards) an item links, each with "Visa tavlan", which puts it on the stage; an
 * editor links another board the user can see, or unlinks one. Cards are linked from the stage.
 */
export function ItemLinks({ item, boards, stage }: { item: AgendaItem; boards: readonly BoardSummary[]; stage: Stage }) {
  const { t } = useTranslation();
  const { canEdit, actions } = useMeetingContext();
  const headingId = useId();
  const linkable = boards.filter((board) => !item.boards.includes(board.id));
  const [adding, setAdding] = useState('');
  const show = (boardId: string, cardId?: string): void => {
    stage.show({ itemId: item.id, boardId, ...(cardId !== undefined && { cardId }) });
    focusStage();
  };
  const unlink = (boardId: string): void => void actions.updateItem(item.id, { boards: item.boards.filter((id) => id !== boardId) });
  const link = (): void => {
    if (adding && actions.updateItem(item.id, { boards: [...item.boards, adding] })) setAdding('');
  };
  const cardBoards = [...new Set(item.cards.map((card) => card.board))];

  return (
    <section className="item-links" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('meeting.links.heading')}</h3>
      {item.boards.length === 0 && item.cards.length === 0 && <p>{t('meeting.links.none')}</p>}
      {item.boards.length > 0 && (
        <ul className="item-links-list">
          {item.boards.map((boardId) => {
            const title = boardTitle(boards, boardId);
            return (
              <li key={boardId}>
                <span>{title}</span>
                <button type="button" className={stage.view?.boardId === boardId ? undefined : 'primary'} onClick={() => show(boardId)} aria-label={t('meeting.links.showBoardNamed', { title })}>
                  {t('meeting.links.showBoard')}
                </button>
                {canEdit && (
                  <button type="button" onClick={() => unlink(boardId)} aria-label={t('meeting.links.unlinkBoard', { title })}>
                    {t('meeting.links.unlink')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {cardBoards.map((boardId) => (
        <LinkedCards key={boardId} item={item} boardId={boardId} boardTitle={boardTitle(boards, boardId)} onShow={(cardId) => show(boardId, cardId)} />
      ))}
      {canEdit && linkable.length > 0 && item.boards.length < MEETING_LIMITS.boards && (
        <div className="item-links-add">
          <label>
            {t('meeting.links.add')}
            <select value={adding} onChange={(event) => setAdding(event.target.value)}>
              <option value="">{t('meeting.links.choose')}</option>
              {linkable.map((board) => (
                <option key={board.id} value={board.id}>
                  {board.title}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!adding} onClick={link}>
            {t('meeting.links.link')}
          </button>
        </div>
      )}
    </section>
  );
}
