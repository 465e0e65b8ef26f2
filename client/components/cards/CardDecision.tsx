import type { DecisionRef } from '../../../shared/schema/card.ts';
import { decisionKey, useDecisionLog } from '../../decisions/DecisionLogContext.tsx';
import { formatDate } from '../../i18n/format.ts';
import { Link } from '../app/Link.tsx';
import { meetingPath } from '../app/router.ts';
import { CardIcon } from './CardIcons.tsx';
import type { CardWording } from './CardWording.tsx';
import './CardDecision.css';

/** Where a card's decision is on its meeting's page: the page gives each decision this anchor (DEC6). */
export const decisionHref = (ref: Pick<DecisionRef, 'meeting' | 'decision'>): string => `${meetingPath(ref.meeting)}#decision-${encodeURIComponent(ref.decision)}`;

/**
 * DEC6: a card's decision on its face, "Beslut § 12, HSN 2025-06-18", linking to the decision in
 * its meeting. The § is the meeting's, read from the board's decision log; before the meeting is
 * numbered (or while the log loads) "Beslut (ej numrerat)". No link when the log says the reader
 * may not open the meeting (DLS2).
 */
export function CardDecision({ decision, text }: { decision: DecisionRef; text: CardWording }) {
  const entry = useDecisionLog().byDecision.get(decisionKey(decision.meeting, decision.decision));
  const values = { body: decision.body, date: formatDate(decision.date) };
  const label =
    entry?.paragraph === undefined ? text.t('decisionLog.cardUnnumbered', values) : text.t('decisionLog.cardNumbered', { ...values, paragraph: entry.paragraph });
  return (
    <p className="card-decision">
      <CardIcon name="calendar" size={16} />{' '}
      {entry?.meetingReadable === false ? (
        label
      ) : (
        <Link href={decisionHref(decision)} aria-label={text.t('decisionLog.cardLink', { label })}>
          {label}
        </Link>
      )}
    </p>
  );
}
