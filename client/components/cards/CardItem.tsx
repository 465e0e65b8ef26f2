import { memo, type CSSProperties, type KeyboardEventHandler, type PointerEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ArrowRightLeft, CalendarDays, GripVertical, Pencil, Users } from 'lucide-react';
import type { BoardKind } from '../../../shared/schema/board.ts';
import type { Card } from '../../../shared/schema/card.ts';
import { formatDate, formatTkr } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useCard } from '../../state/useCard.ts';
import { useCardEditor } from '../../state/useCardEditor.ts';
import { useBoardCommands } from '../board/BoardCommands.tsx';
import { STATUS_VALUES } from './cardFields.ts';
import { StatusBadge } from './StatusBadge.tsx';
import './CardItem.css';

/**
 * One card's face, subscribed to that card alone (useCard): a change to another card never
 * re-renders it. Dragged by its handle (pointer and keyboard); "Flytta till…" moves it without dragging (WCAG 2.5.7).
 */
export const CardItem = memo(function CardItem({ id, kind }: { id: string; kind: BoardKind }) {
  const card = useCard(id);
  const editor = useCardEditor(id);
  const { t } = useTranslation();
  const { openCard, openMoveDialog } = useBoardCommands();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    data: { type: 'card' },
  });
  if (!card) return null;
  const title = card.title || t('card.untitled');
  const style = { transform: CSS.Translate.toString(transform), transition, '--editor-color': editor?.color } as CSSProperties;

  return (
    <article
      ref={setNodeRef}
      style={style}
      className={`card-item${isDragging ? ' is-dragging' : ''}${editor ? ' is-edited' : ''}`}
      aria-label={title}
      data-card-id={id}
      // The pointer starts a drag anywhere on the card; the keyboard only from the handle, so Enter on a button stays a click.
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
    >
      <div className="card-item-top">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="card-handle"
          {...attributes}
          onKeyDown={listeners?.onKeyDown as KeyboardEventHandler | undefined}
          aria-label={t('card.dragHandle', { title })}
        >
          <GripVertical aria-hidden="true" size={20} />
        </button>
        <h3 className="card-title">
          <button type="button" className="card-open" onClick={() => openCard(id)} aria-label={t('card.open', { title })}>
            {title}
          </button>
        </h3>
      </div>
      <CardDetails card={card} kind={kind} />
      {editor && (
        <p className="card-editing">
          <Pencil aria-hidden="true" size={16} /> {t('card.editingBy', { name: editor.name })}
        </p>
      )}
      <button type="button" className="card-move" onClick={() => openMoveDialog(id)} aria-label={t('card.moveToFor', { title })}>
        <ArrowRightLeft aria-hidden="true" size={16} /> {t('card.moveTo')}
      </button>
    </article>
  );
});

/** The fields a card face shows for its kind. */
function CardDetails({ card, kind }: { card: Card; kind: BoardKind }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const status = STATUS_VALUES[kind];
  const date = kind === 'measures' ? card.decisionDate : card.deadline;
  const latest = card.reportMonths?.at(-1);
  return (
    <dl className="card-details">
      {card.unit && <Detail label={t('card.fields.unit')}>{card.unit}</Detail>}
      {kind === 'assignments' && card.directedTo && <Detail label={t('card.fields.directedTo')}>{card.directedTo}</Detail>}
      {kind === 'measures' && (
        <Detail label={t('card.fields.effect')} className="card-effect">
          {card.effect === undefined ? <em>{t('card.effectUnknown')}</em> : formatTkr(card.effect, lang)}
        </Detail>
      )}
      {card.responsible && card.responsible.length > 0 && (
        <Detail label={t('card.fields.responsible')}>
          <Users aria-hidden="true" size={16} /> {card.responsible.join(', ')}
        </Detail>
      )}
      {card.status && (
        <Detail label={t('card.fields.status')}>
          <StatusBadge value={card.status} labels={status.labels} />
        </Detail>
      )}
      {date && (
        <Detail label={t(kind === 'measures' ? 'card.fields.decisionDate' : 'card.fields.deadline')}>
          <CalendarDays aria-hidden="true" size={16} /> <time dateTime={date}>{formatDate(date)}</time>
        </Detail>
      )}
      {kind === 'assignments' && (
        <Detail label={t('card.reports.heading')}>{latest ? t('card.latestReport', { month: latest }) : t('card.noReport')}</Detail>
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
