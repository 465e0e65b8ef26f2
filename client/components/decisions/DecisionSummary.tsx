import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../shared/meeting/readMeeting.ts';

/** "§ 12", or "§ –" before the server has numbered it (MTG24, MTG25). */
export function ParagraphMark({ paragraph }: { paragraph: number | undefined }) {
  const { t } = useTranslation();
  return <span className="paragraph-mark">{paragraph === undefined ? t('decisions.unnumbered') : t('decisions.paragraph', { number: paragraph })}</span>;
}

/**
 * A decision as read in a list (MTG22): its § number or "§ –", its ärende, its att-satser line
 * by line; a "Rättelse" (MTG29) says which paragraph it corrects.
 */
export function DecisionSummary({ decision, correctedParagraph }: { decision: Decision; correctedParagraph?: number | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="decision-summary">
      <p className="decision-matter">
        {decision.correctionOf === undefined ? <ParagraphMark paragraph={decision.paragraph} /> : <span className="paragraph-mark">{t('decisions.correctionOf', { number: correctedParagraph ?? '–' })}</span>} {decision.matter}
      </p>
      {decision.text.trim() !== '' && <p className="decision-text">{decision.text}</p>}
    </div>
  );
}
