import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyDecisionToCard, planDecision, type DecisionInput } from '../../../shared/decisions/applyDecision.ts';
import type { MeetingMeta } from '../../../shared/meeting/meetingSchema.ts';
import type { Decision } from '../../../shared/meeting/readDecisions.ts';
import { readCard } from '../../../shared/read/readCard.ts';
import { SchemaError } from '../../../shared/schema/errors.ts';
import { useDecisionBoards, type DecisionBoard } from '../../decisions/useDecisionBoards.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { useMeeting } from '../../meeting/useMeeting.ts';
import type { OpenBoard } from '../../sync/useBoardCards.ts';

interface ApplyToCardsProps {
  meetingId: string;
  meeting: Pick<MeetingMeta, 'date' | 'group'>;
  decision: Decision;
  /** Opens a linked board; the browser's live board by default (tests aim it at their server). */
  openBoard?: OpenBoard;
}

/** One linked card as checked before anything is written: its name and, when it cannot take the decision, why. */
interface CardCheck {
  key: string;
  name: string;
  reason?: string;
}

/** The refusals of planDecision (DEC5) the catalogue words, by the field they name. */
const WORDED = ['meta', 'archived', 'kind', 'decidedStage', 'decisionRef'];

/**
 * The catalogue key for a refusal of planDecision (DEC5), by the field it names; anything else is
 * worded as a failure, never with the error's own English message.
 */
function refusalKey(error: unknown): string {
  if (!(error instanceof SchemaError)) return 'applyDecision.reasons.other';
  if (error.code === 'unknown_card') return 'applyDecision.reasons.unknown_card';
  return WORDED.includes(error.field) ? `applyDecision.reasons.${error.field}` : 'applyDecision.reasons.other';
}

/**
 * Why `cardId` of `board` cannot take the decision, or undefined when it can: the board and the
 * user's role on it loaded (until the role is known the card is not judged the user's or not), the
 * card the user's (ROLE4), planDecision's checks.
 */
function whyNot(board: DecisionBoard | undefined, cardId: string, input: DecisionInput): string | undefined {
  if (!board?.doc || !board.roleKnown) return 'applyDecision.reasons.loading';
  const card = readCard(board.doc, cardId);
  if (card && !board.access.canEditCard(card)) return 'applyDecision.reasons.notAllowed';
  try {
    planDecision(board.doc, cardId, input);
    return undefined;
  } catch (error) {
    return refusalKey(error);
  }
}

/**
 * "För in beslutet på korten" (DEC2): opens every board the decision links, checks each linked card
 * as the server will (the user's scope by cardInScope, as the card editor; planDecision's refusals)
 * and, when every card can take it, applies applyDecisionToCard to each, one transaction per card.
 * When any cannot, none is changed and each card says why. The deciding body is the meeting's
 * group unless the user writes another (DEC2).
 */
export function ApplyToCards({ meetingId, meeting, decision, openBoard }: ApplyToCardsProps) {
  const { t } = useTranslation();
  const boards = useDecisionBoards(
    decision.cards.map((link) => link.board),
    openBoard,
  );
  const [body, setBody] = useState(meeting.group ?? '');
  const [checks, setChecks] = useState<CardCheck[] | null>(null);
  const [applied, setApplied] = useState<number | null>(null);
  const bodyId = useId();
  const hintId = useId();
  if (decision.cards.length === 0) return <p className="apply-to-cards">{t('applyDecision.noCards')}</p>;

  const apply = (): void => {
    const input: DecisionInput = { meetingId, decisionId: decision.id, body: body.trim(), date: meeting.date };
    const found = decision.cards.map((link) => {
      const board = boards.get(link.board);
      const card = board?.doc ? readCard(board.doc, link.card) : undefined;
      const refusal = whyNot(board, link.card, input);
      const name = t('applyDecision.cardOnBoard', { card: card?.title || link.card, board: board?.title ?? link.board });
      return { key: `${link.board}/${link.card}`, name, ...(refusal && { reason: t(refusal) }) };
    });
    if (found.some((check) => check.reason !== undefined)) {
      setChecks(found);
      setApplied(null);
      return;
    }
    for (const link of decision.cards) {
      const board = boards.get(link.board)!;
      applyDecisionToCard(board.doc!, link.card, input, board.origin);
    }
    setChecks(null);
    setApplied(decision.cards.length);
  };

  return (
    <div className="apply-to-cards">
      <label htmlFor={bodyId}>{t('applyDecision.body')}</label>
      <input id={bodyId} aria-describedby={hintId} value={body} maxLength={500} onChange={(event) => setBody(event.target.value)} />
      <p id={hintId} className="field-hint">
        {t('applyDecision.bodyHint')}
      </p>
      <button type="button" onClick={apply}>
        {t('applyDecision.button')}
      </button>
      <p role="status">{applied !== null && t('applyDecision.done', { count: applied })}</p>
      {checks && (
        <div role="alert">
          <p>{t('applyDecision.refused')}</p>
          <ul>
            {checks.map((check) => (
              <li key={check.key}>
                {check.name}: {check.reason ?? t('applyDecision.ok')}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** ApplyToCards for a decision of the meeting page it is rendered in (the decision editor and the approved minutes mount it, DEC7). */
export function ApplyToMeetingCards({ decision }: { decision: Decision }) {
  const { meetingId, session } = useMeetingContext();
  const { meta } = useMeeting(session);
  return <ApplyToCards meetingId={meetingId} meeting={meta} decision={decision} />;
}
