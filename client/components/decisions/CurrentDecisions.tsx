import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { DecisionSummary } from './DecisionSummary.tsx';
import { NewDecisionForm } from './NewDecisionForm.tsx';
import './decisions.css';

/**
 * The decisions of the item the room is on (MTG22), under the current item: read by everyone, and
 * "Nytt beslut" for anyone with edit rights, whose editor then opens in the item's details.
 */
export function CurrentDecisions({ meeting, itemId, onAdded }: { meeting: MeetingSnapshot; itemId: string; onAdded: (decisionId: string) => void }) {
  const { t } = useTranslation();
  const { canEdit } = useMeetingContext();
  const headingId = useId();
  const decisions = (meeting.decisions.byItem[itemId] ?? []).filter((d) => d.correctionOf === undefined);
  return (
    <section className="current-decisions" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('decisions.inCurrent')}</h3>
      {decisions.length === 0 ? (
        <p>{t('decisions.none')}</p>
      ) : (
        <ol className="decision-list">
          {decisions.map((decision) => (
            <li key={decision.id}>
              <DecisionSummary decision={decision} />
            </li>
          ))}
        </ol>
      )}
      {canEdit && meeting.minutes.status === 'draft' && <NewDecisionForm itemId={itemId} onAdded={onAdded} />}
    </section>
  );
}
