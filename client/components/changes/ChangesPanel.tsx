import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListChecks } from 'lucide-react';
import { changePhrases } from '../../../shared/changes/changeSummary.ts';
import { useChanges } from '../../changes/ChangesContext.tsx';
import { useChangedCardTitle, useChangeWording } from '../../changes/useChangeWording.ts';
import { useBoardCommands } from '../../state/BoardCommands.tsx';
import { useBoardContext } from '../../state/BoardContext.tsx';
import { Modal } from '../board/Modal.tsx';
import { useSinceText } from './useSinceText.ts';

/**
 * "Visa alla ändringar": every changed card of the board since the chosen time, newest change
 * first (CHG2), in a side dialog as the activity feed is; a card still on the board opens from its title.
 */
export function ChangesPanel() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const cards = useChanges()?.changes.cards ?? [];
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)} disabled={cards.length === 0}>
        <ListChecks aria-hidden="true" size={18} /> {t('changes.list')}
      </button>
      {open && (
        <Modal title={t('changes.listTitle')} onClose={() => setOpen(false)} className="activity-panel">
          <ChangesList onOpenCard={() => setOpen(false)} />
        </Modal>
      )}
    </>
  );
}

function ChangesList({ onOpenCard }: { onOpenCard: () => void }) {
  const { t } = useTranslation();
  const cards = useChanges()?.changes.cards ?? [];
  const words = useChangeWording();
  const title = useChangedCardTitle();
  const since = useSinceText();
  const { store } = useBoardContext();
  const { openCard } = useBoardCommands();
  return (
    <>
      {since && <p>{t('changes.listSince', { since })}</p>}
      <ol className="changes-panel-list">
        {cards.map((card) => (
          <li key={card.cardId}>
            <h3>
              {store.getCard(card.cardId) && !card.deleted ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    onOpenCard();
                    openCard(card.cardId);
                  }}
                >
                  {title(card)}
                </button>
              ) : (
                title(card)
              )}
            </h3>
            <ul>
              {changePhrases(card, words).map((phrase, index) => (
                <li key={index}>{phrase}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
