import { memo, type ReactNode } from 'react';
import type { BoardKind } from '../../../shared/schema/board.ts';
import type { Card } from '../../../shared/schema/card.ts';
import { formatMonth, formatTkr } from '../../i18n/format.ts';
import { useCard } from '../../state/useCard.ts';
import { STATUS_VALUES } from '../cards/cardFields.ts';
import { StatusBadge } from '../cards/StatusBadge.tsx';
import { useCardWording, type CardWording } from '../cards/CardWording.tsx';

/**
 * One card of the presentation view (FOL6), read-only: no buttons, no drag, only what is read from
 * the back of the room: title, unit or who it is directed to, the effect and the status (a word and
 * a symbol, never colour alone), and who is responsible. Its box is as tall as its text; useFitType
 * sizes the type so that every card's text fits whole.
 */
export const PresentedCardFace = memo(function PresentedCardFace({ id, kind }: { id: string; kind: BoardKind }) {
  const card = useCard(id);
  const text = useCardWording();
  if (!card) return null;
  const title = card.title || text.untitled;
  return (
    <article className="presented-face" data-card-id={id} aria-label={title}>
      <h4 className="presented-face-title">{title}</h4>
      <dl className="presented-face-details">
        <FaceDetails card={card} kind={kind} text={text} />
      </dl>
    </article>
  );
});

function FaceDetails({ card, kind, text }: { card: Card; kind: BoardKind; text: CardWording }) {
  const where = kind === 'assignments' ? card.directedTo : card.unit;
  const latest = card.reportMonths?.at(-1);
  return (
    <>
      {where && <Detail label={text.field(kind === 'assignments' ? 'directedTo' : 'unit')} name="where">{where}</Detail>}
      {kind === 'measures' && (
        <Detail label={text.field('effect')} name="effect">
          {card.effect === undefined ? text.effectUnknown : formatTkr(card.effect, text.lang)}
        </Detail>
      )}
      {card.status && (
        <Detail label={text.field('status')} name="status">
          <StatusBadge value={card.status} label={text.value(STATUS_VALUES[kind].labels, card.status)} />
        </Detail>
      )}
      {card.responsible && card.responsible.length > 0 && (
        <Detail label={text.field('responsible')} name="responsible">
          {card.responsible.join(', ')}
        </Detail>
      )}
      {kind === 'assignments' && (
        <Detail label={text.reportsHeading} name="report">
          {latest ? text.t('card.latestReport', { month: formatMonth(latest, text.lang) }) : text.noReport}
        </Detail>
      )}
    </>
  );
}

function Detail({ label, name, children }: { label: string; name: string; children: ReactNode }) {
  return (
    <div className={`presented-face-${name}`} data-detail={name}>
      <dt className="visually-hidden">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
