import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../shared/meeting/readDecisions.ts';
import { ApplyToMeetingCards } from './ApplyToCards.tsx';

/**
 * DEC7: "För in beslutet på korten" under a paragraph of the minutes, folded until asked for: it
 * opens every board the decision links, so only the decision the user unfolds does. Mounted for
 * editors once the minutes are approved, when decisions are in practice carried onto the cards.
 */
export function ApplyToMeetingCardsOnDemand({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="apply-to-cards-on-demand" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('applyDecision.disclose')}</summary>
      {open && <ApplyToMeetingCards decision={decision} />}
    </details>
  );
}
