import { memo, type CSSProperties, type KeyboardEventHandler, type PointerEventHandler, type ReactNode } from 'react';
import { useDraggable, type DraggableAttributes } from '@dnd-kit/core';
import type { BoardKind } from '../../../shared/schema/board.ts';
import type { Card } from '../../../shared/schema/card.ts';
import { formatDate, formatMonth, formatTkr } from '../../i18n/format.ts';
import { useCard } from '../../state/useCard.ts';
import { useCardEditor } from '../../state/useCardEditor.ts';
import { useEditAccess } from '../../auth/EditAccessContext.ts';
import { useBoardCommands } from '../../state/BoardCommands.tsx';
import { useDragRoles } from '../../dnd/DragRoles.ts';
import { STATUS_VALUES } from './cardFields.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { CardIcon } from './CardIcons.tsx';
import { CardDecision } from './CardDecision.tsx';
import { useCardWording, type CardWording } from './CardWording.tsx';
import { useCardChanges } from '../../changes/ChangesContext.tsx';
import { CardChangeBadge, changeSummaryId } from '../changes/CardChangeBadge.tsx';
import './CardItem.css';

const CARD_DATA = Object.freeze({ type: 'card' });

/**
 * One card on the board: a thin draggable shell around its face. dnd-kit re-renders every
 * draggable when a drag starts, changes cell or ends; the shell does only that work and hands
 * the face props that stay identical for every card but the dragged one, so on a board of
 * 1,000 cards only the dragged card's face renders again. The card is not a drop target: the
 * drag shows where it would land with a marker in the cell (BoardCell).
 */
export const CardItem = memo(function CardItem({ id, kind }: { id: string; kind: BoardKind }) {
  const roleDescription = useDragRoles().card;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id, data: CARD_DATA, attributes: { roleDescription } });
  return (
    <CardFace
      id={id}
      kind={kind}
      isDragging={isDragging}
      setNodeRef={setNodeRef}
      setHandleRef={setActivatorNodeRef}
      handleAttributes={attributes}
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
      onHandleKeyDown={listeners?.onKeyDown as KeyboardEventHandler | undefined}
    />
  );
});

interface CardFaceProps {
  id: string;
  kind: BoardKind;
  isDragging: boolean;
  setNodeRef: (element: HTMLElement | null) => void;
  setHandleRef: (element: HTMLElement | null) => void;
  handleAttributes: DraggableAttributes;
  onPointerDown: PointerEventHandler | undefined;
  onHandleKeyDown: KeyboardEventHandler | undefined;
}

/**
 * One card's face, subscribed to that card alone (useCard): a change to another card never
 * re-renders it. Dragged by its handle (pointer and keyboard); "Flytta till…" moves it without dragging (WCAG 2.5.7).
 */
const CardFace = memo(function CardFace({ id, kind, isDragging, setNodeRef, setHandleRef, handleAttributes, onPointerDown, onHandleKeyDown }: CardFaceProps) {
  const card = useCard(id);
  const editor = useCardEditor(id);
  const text = useCardWording();
  const { openCard, openMoveDialog } = useBoardCommands();
  const { canEditCard } = useEditAccess();
  const changed = useCardChanges(id) !== undefined;
  if (!card) return null;
  // A card this user may not change offers no drag (no handle, no pointer start) and no "Flytta till…".
  const editable = canEditCard(card);
  const title = card.title || text.untitled;
  const style = editor ? ({ '--editor-color': editor.color } as CSSProperties) : undefined;

  return (
    <article
      ref={setNodeRef}
      style={style}
      className={`card-item${isDragging ? ' is-dragging' : ''}${editor ? ' is-edited' : ''}`}
      aria-label={title}
      aria-describedby={changed ? changeSummaryId(id) : undefined}
      data-card-id={id}
      // The pointer starts a drag anywhere on the card; the keyboard only from the handle, so Enter on a button stays a click.
      onPointerDown={editable ? onPointerDown : undefined}
    >
      <div className="card-item-top">
        {editable && (
          <button
            type="button"
            ref={setHandleRef}
            className="card-handle"
            {...handleAttributes}
            onKeyDown={onHandleKeyDown}
            aria-label={text.drag(title)}
          >
            <CardIcon name="grip" size={20} />
          </button>
        )}
        <h3 className="card-title">
          <button type="button" className="card-open" onClick={() => openCard(id)} aria-label={text.open(title)}>
            {title}
          </button>
        </h3>
      </div>
      <CardDetails card={card} kind={kind} text={text} />
      <CardChangeBadge cardId={id} />
      {card.decisionRef && <CardDecision decision={card.decisionRef} text={text} />}
      {editor && (
        <p className="card-editing">
          <CardIcon name="pencil" size={16} /> {text.t('card.editingBy', { name: editor.name })}
        </p>
      )}
      {editable && (
        <button type="button" className="card-move" onClick={() => openMoveDialog(id)} aria-label={text.moveFor(title)}>
          <CardIcon name="move" size={16} /> {text.moveTo}
        </button>
      )}
    </article>
  );
});

/** The fields a card face shows for its kind. */
function CardDetails({ card, kind, text }: { card: Card; kind: BoardKind; text: CardWording }) {
  // A decision brought onto the card shows its date in its own line (CardDecision, DEC6).
  const date = kind === 'measures' ? (card.decisionRef ? undefined : card.decisionDate) : card.deadline;
  const latest = card.reportMonths?.at(-1);
  return (
    <dl className="card-details">
      {card.unit && <Detail label={text.field('unit')}>{card.unit}</Detail>}
      {kind === 'assignments' && card.directedTo && <Detail label={text.field('directedTo')}>{card.directedTo}</Detail>}
      {kind === 'measures' && (
        <Detail label={text.field('effect')} className="card-effect">
          {card.effect === undefined ? <em>{text.effectUnknown}</em> : formatTkr(card.effect, text.lang)}
        </Detail>
      )}
      {card.responsible && card.responsible.length > 0 && (
        <Detail label={text.field('responsible')}>
          <CardIcon name="users" size={16} /> {card.responsible.join(', ')}
        </Detail>
      )}
      {card.status && (
        <Detail label={text.field('status')}>
          <StatusBadge value={card.status} label={text.value(STATUS_VALUES[kind].labels, card.status)} />
        </Detail>
      )}
      {date && (
        <Detail label={text.field(kind === 'measures' ? 'decisionDate' : 'deadline')}>
          <CardIcon name="calendar" size={16} /> <time dateTime={date}>{formatDate(date)}</time>
        </Detail>
      )}
      {kind === 'assignments' && (
        <Detail label={text.reportsHeading}>{latest ? text.t('card.latestReport', { month: formatMonth(latest, text.lang) }) : text.noReport}</Detail>
      )}
    </dl>
  );
}

function Detail({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <dt className="visually-hidden">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
