import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../shared/meeting/readMeeting.ts';
import { ParagraphMark } from '../decisions/DecisionSummary.tsx';
import { MinutesHeading, type HeadingLevel } from './MinutesHeading.tsx';

interface MinutesDecisionProps {
  decision: Decision;
  level: HeadingLevel;
  /** The paragraph a "Rättelse" corrects (MTG29). */
  correctedParagraph?: number | undefined;
  /** What the page adds below it (the correction form, the extract links); not printed. */
  children?: ReactNode;
}

/** A name list as the minutes print it: "Anna Berg, Bo Ek", or "–". */
const listed = (names: readonly string[], none: string): string => (names.length === 0 ? none : names.join(', '));

/**
 * One paragraph of the minutes (MTG22): "§ 12 Ärende", bakgrund, the att-satser, ansvarig,
 * deadline and Expedieras till; a correction as "Rättelse till § 12 Ärende" and its text. It is
 * never split across printed pages (break-inside: avoid, minutesPrint.css). Its id is what a card's
 * decision line links to (`/m/<meeting>#decision-<id>`); it takes the focus a new "Rättelse" moves to.
 */
export function MinutesDecision({ decision, level, correctedParagraph, children }: MinutesDecisionProps) {
  const { t } = useTranslation();
  const correction = decision.correctionOf !== undefined;
  return (
    <article id={`decision-${decision.id}`} tabIndex={-1} className={`minutes-decision${correction ? ' is-correction' : ''}`} data-decision-id={decision.id}>
      <MinutesHeading level={level}>
        {correction ? <span className="paragraph-mark">{t('decisions.correctionOf', { number: correctedParagraph ?? '–' })}</span> : <ParagraphMark paragraph={decision.paragraph} />} {decision.matter}
      </MinutesHeading>
      {decision.background.trim() !== '' && (
        <>
          <p className="minutes-label">{t('minutes.background')}</p>
          <p className="minutes-prose">{decision.background}</p>
        </>
      )}
      {decision.text.trim() !== '' && (
        <>
          {!correction && <p className="minutes-label">{t('minutes.decision')}</p>}
          <p className="minutes-prose">{decision.text}</p>
        </>
      )}
      {!correction && (decision.responsible.length > 0 || decision.deadline !== undefined || decision.sendTo.length > 0) && (
        <dl className="minutes-facts">
          {decision.responsible.length > 0 && (
            <div>
              <dt>{t('decisions.responsible')}</dt>
              <dd>{listed(decision.responsible, t('minutes.none'))}</dd>
            </div>
          )}
          {decision.deadline !== undefined && (
            <div>
              <dt>{t('decisions.deadline')}</dt>
              <dd>{decision.deadline}</dd>
            </div>
          )}
          {decision.sendTo.length > 0 && (
            <div>
              <dt>{t('decisions.sendTo')}</dt>
              <dd>{listed(decision.sendTo, t('minutes.none'))}</dd>
            </div>
          )}
        </dl>
      )}
      {children}
    </article>
  );
}
