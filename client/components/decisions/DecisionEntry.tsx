import { useTranslation } from 'react-i18next';
import type { AgendaItem, Decision } from '../../../shared/meeting/readMeeting.ts';
import { DecisionEditor } from './DecisionEditor.tsx';
import { DecisionSummary } from './DecisionSummary.tsx';

interface DecisionEntryProps {
  decision: Decision;
  item: AgendaItem;
  index: number;
  count: number;
  /** Whether this user may change it: edit rights, draft minutes, and no correction (MTG28, MTG29). */
  editable: boolean;
  open: boolean;
  onToggle: () => void;
  correctedParagraph?: number | undefined;
}

/** The id of a decision's ärende field in its editor. */
export const matterFieldId = (decisionId: string): string => `decision-matter-${decisionId}`;

/** One decision in an item: read as a summary; for an editor, a disclosure button that opens its editor below. */
export function DecisionEntry({ decision, item, index, count, editable, open, onToggle, correctedParagraph }: DecisionEntryProps) {
  const { t } = useTranslation();
  const editorId = `decision-editor-${decision.id}`;
  return (
    <li className="decision-entry">
      <div className="decision-entry-head">
        <DecisionSummary decision={decision} correctedParagraph={correctedParagraph} />
        {editable && (
          <button type="button" aria-expanded={open} aria-controls={editorId} onClick={onToggle} aria-label={t(open ? 'decisions.closeNamed' : 'decisions.editNamed', { matter: decision.matter })}>
            {t(open ? 'decisions.close' : 'decisions.edit')}
          </button>
        )}
      </div>
      {editable && open && (
        <div id={editorId} role="group" aria-label={t('decisions.editorLabel', { matter: decision.matter })}>
          <DecisionEditor decision={decision} item={item} index={index} count={count} matterId={matterFieldId(decision.id)} />
        </div>
      )}
    </li>
  );
}
