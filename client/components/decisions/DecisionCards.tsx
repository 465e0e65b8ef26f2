import { useTranslation } from 'react-i18next';
import type { CardLink } from '../../../shared/meeting/meetingSchema.ts';
import type { AgendaItem, Decision } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { openLiveBoard, useBoardCards } from '../../sync/useBoardCards.ts';

const same = (a: CardLink, b: CardLink): boolean => a.board === b.board && a.card === b.card;

/**
 * The cards a decision concerns, chosen among those its agenda item links (MTG22): one checkbox
 * per card, named by its title (the board is opened for the titles, as LinkedCards does). A card
 * the decision names that the item no longer links stays listed, so it can be taken off.
 */
export function DecisionCards({ decision, item }: { decision: Decision; item: AgendaItem }) {
  const { t } = useTranslation();
  const { decisions } = useMeetingContext();
  const choices = [...item.cards, ...decision.cards.filter((card) => !item.cards.some((linked) => same(linked, card)))];
  const toggle = (card: CardLink, on: boolean): void =>
    void decisions.update(decision.id, { cards: on ? [...decision.cards, card] : decision.cards.filter((chosen) => !same(chosen, card)) });
  const boards = [...new Set(choices.map((card) => card.board))];
  return (
    <fieldset className="decision-cards">
      <legend>{t('decisions.cards')}</legend>
      {boards.length === 0 && <p>{t('decisions.noCards')}</p>}
      {boards.map((boardId) => (
        <BoardCardChoices key={boardId} boardId={boardId} choices={choices.filter((card) => card.board === boardId)} chosen={decision.cards} onToggle={toggle} />
      ))}
    </fieldset>
  );
}

function BoardCardChoices({ boardId, choices, chosen, onToggle }: { boardId: string; choices: readonly CardLink[]; chosen: readonly CardLink[]; onToggle: (card: CardLink, on: boolean) => void }) {
  const { t } = useTranslation();
  const cards = useBoardCards(boardId, openLiveBoard);
  return (
    <ul className="decision-card-choices">
      {choices.map((choice) => (
        <li key={choice.card}>
          <label>
            <input type="checkbox" checked={chosen.some((card) => same(card, choice))} onChange={(event) => onToggle(choice, event.target.checked)} />
            {cards?.find((card) => card.id === choice.card)?.title || t('meeting.links.unknownCard')}
          </label>
        </li>
      ))}
    </ul>
  );
}
