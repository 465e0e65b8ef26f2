import { useTranslation } from 'react-i18next';
import { changePhrases } from '../../../shared/changes/changeSummary.ts';
import type { CardChanges } from '../../../shared/changes/collapseChanges.ts';
import { useCardChanges } from '../../changes/ChangesContext.tsx';
import { useChangeWording } from '../../changes/useChangeWording.ts';
import './changes.css';

/** The id of a card's change summary: its face names it as its accessible description. */
export const changeSummaryId = (cardId: string): string => `card-change-${cardId}`;

/** What kind of change the badge's word says: the strongest of the card's. */
function badgeKind(card: CardChanges): 'created' | 'deleted' | 'archived' | 'moved' | 'changed' {
  if (card.deleted) return 'deleted';
  if (card.created) return 'created';
  if (card.archived?.to) return 'archived';
  return card.moved ? 'moved' : 'changed';
}

/**
 * The badge on a changed card (CHG9): a word (Nytt, Flyttat, Ändrat …) and the summary, one phrase
 * a line; nothing for a card without changes. The card's face names it as its description, so a
 * screen reader says the summary with the card.
 */
export function CardChangeBadge({ cardId }: { cardId: string }) {
  const { t } = useTranslation();
  const card = useCardChanges(cardId);
  const words = useChangeWording();
  if (!card) return null;
  return (
    <div className="card-change" id={changeSummaryId(cardId)}>
      <span className="card-change-badge">{t(`changes.badge.${badgeKind(card)}`)}</span>
      <ul className="card-change-list">
        {changePhrases(card, words).map((phrase, index) => (
          <li key={index}>{phrase}</li>
        ))}
      </ul>
    </div>
  );
}
