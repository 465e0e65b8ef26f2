import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { useRevealCard } from '../../meeting/useRevealCard.ts';
import type { Stage } from '../../meeting/useStage.ts';
import { FollowBar } from '../present/FollowBar.tsx';
import type { BoardSummary } from '../start/boardsApi.ts';
import { StageBoard } from './StageBoard.tsx';
import { boardTitle } from './useLinkableBoards.ts';

const HEADING_ID = 'meeting-stage-heading';

/** Moves the focus to the stage's heading, after "Visa tavlan": a keyboard user lands where the board now is. */
export function focusStage(): void {
  requestAnimationFrame(() => document.getElementById(HEADING_ID)?.focus());
}

/**
 * The stage: the board an item links, shown in the meeting page with the board's own components
 * and its own session, so the facilitator opens a card there and the room sees it (FOL1–FOL3). A
 * participant follows the facilitator's stage with the follow bar (FOL4). An editor links the card
 * pointed at to the item it is shown for.
 */
export function MeetingStage({ stageRef, meeting, boards, stage }: { stageRef: RefObject<HTMLElement | null>; meeting: MeetingSnapshot; boards: readonly BoardSummary[]; stage: Stage }) {
  const { t } = useTranslation();
  const { canEdit, actions } = useMeetingContext();
  const { view, pointedCard, follow } = stage;
  // While following, useFollow brings the facilitator's card into view; otherwise the card this user chose.
  useRevealCard(stageRef, follow?.following ? undefined : view?.cardId);
  const index = view ? meeting.agenda.findIndex((entry) => entry.id === view.itemId) : -1;
  const item = meeting.agenda[index];
  const boardId = view?.boardId;
  const linkable = canEdit && item && boardId !== undefined && pointedCard !== undefined && !item.cards.some((card) => card.board === boardId && card.card === pointedCard);
  const linkCard = (): void => {
    if (item && boardId !== undefined && pointedCard !== undefined) actions.updateItem(item.id, { cards: [...item.cards, { board: boardId, card: pointedCard }] });
  };

  return (
    <section ref={stageRef} className="meeting-stage" aria-labelledby={HEADING_ID}>
      <div className="meeting-stage-bar">
        <h2 id={HEADING_ID} tabIndex={-1}>
          {boardId === undefined ? t('meeting.stage.heading') : t('meeting.stage.showing', { board: boardTitle(boards, boardId) })}
        </h2>
        {follow && <FollowBar follow={follow} />}
        {linkable && (
          <button type="button" onClick={linkCard}>
            {t('meeting.stage.linkCard', { number: index + 1 })}
          </button>
        )}
        {boardId !== undefined && (
          <button type="button" onClick={stage.close}>
            {t('meeting.stage.close')}
          </button>
        )}
      </div>
      {boardId === undefined ? <p className="meeting-stage-empty">{t('meeting.stage.empty')}</p> : <StageBoard key={boardId} boardId={boardId} />}
    </section>
  );
}
