import { useTranslation } from 'react-i18next';
import { MEETING_LIMITS } from '../../../shared/meeting/meetingSchema.ts';
import type { AgendaItem, Decision } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { DraftField } from '../meeting/DraftField.tsx';
import { ApplyToMeetingCards } from './ApplyToCards.tsx';
import { DecisionCards } from './DecisionCards.tsx';
import { DecisionTextField } from './DecisionTextField.tsx';
import { DecisionTools } from './DecisionTools.tsx';
import { NameListField } from './NameListField.tsx';

interface DecisionEditorProps {
  decision: Decision;
  item: AgendaItem;
  /** Its place among the item's decisions, and how many there are (for moving it). */
  index: number;
  count: number;
  /** The id of its ärende field, which the page focuses when the decision is new. */
  matterId: string;
}

/**
 * One decision as an editor or the facilitator changes it (MTG22): ärende (a draft written when
 * left or on Enter, KEEP1), bakgrund and the att-satser (typed together, Y.Text), the cards it
 * concerns, ansvarig, deadline and Expedieras till; then moving and removing it while unnumbered.
 */
export function DecisionEditor({ decision, item, index, count, matterId }: DecisionEditorProps) {
  const { t } = useTranslation();
  const { decisions } = useMeetingContext();
  return (
    <div className="decision-editor">
      <DraftField id={matterId} label={t('decisions.matter')} value={decision.matter} maxLength={MEETING_LIMITS.matter} required onSave={(matter) => decisions.update(decision.id, { matter: matter.trim() })} />
      <DecisionTextField decision={decision} field="background" label={t('decisions.background')} />
      <DecisionTextField decision={decision} field="text" label={t('decisions.text')} hint={t('decisions.textHint')} />
      <DecisionCards decision={decision} item={item} />
      <ApplyToMeetingCards decision={decision} />
      <NameListField label={t('decisions.responsible')} names={decision.responsible} max={MEETING_LIMITS.responsible} onChange={(responsible) => decisions.update(decision.id, { responsible })} />
      <DraftField label={t('decisions.deadline')} type="date" value={decision.deadline ?? ''} onSave={(deadline) => decisions.update(decision.id, { deadline })} />
      <NameListField label={t('decisions.sendTo')} names={decision.sendTo} max={MEETING_LIMITS.sendTo} onChange={(sendTo) => decisions.update(decision.id, { sendTo })} />
      <DecisionTools decision={decision} index={index} count={count} />
    </div>
  );
}
