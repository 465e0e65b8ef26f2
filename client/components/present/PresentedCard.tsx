import { useId, type ReactNode } from 'react';
import type { BoardKind } from '../../../shared/schema/board.ts';
import { REPORT_TEXT_FIELDS } from '../../../shared/schema/report.ts';
import { formatMonth, formatTkr } from '../../i18n/format.ts';
import { useBoardMeta, useColumns } from '../../state/useBoard.ts';
import { useCard } from '../../state/useCard.ts';
import { useLaneLabel } from '../../state/useLaneLabel.ts';
import { useReports } from '../../state/useReports.ts';
import { laneOf } from '../../../shared/read/laneOf.ts';
import { STATUS_VALUES } from '../cards/cardFields.ts';
import { StatusBadge } from '../cards/StatusBadge.tsx';
import { useCardWording } from '../cards/CardWording.tsx';

interface PresentedCardProps {
  cardId: string;
  kind: BoardKind;
  /** The board's reporting month (RC1): the report an assignment shows, else its latest. */
  currentMonth: string | undefined;
}

/**
 * The card the facilitator opened or points at, large and read-only in front of the board (FOL5):
 * where it stands (column and lane), and for a measure its unit, effect, responsible, status and
 * comment; for an assignment who it is directed to, its status and the current month's report.
 * Long texts end in an ellipsis rather than push the card off the screen.
 */
export function PresentedCard({ cardId, kind, currentMonth }: PresentedCardProps) {
  const card = useCard(cardId);
  const text = useCardWording();
  const titleId = useId();
  const reportId = useId();
  const columns = useColumns();
  const laneField = useBoardMeta()?.laneField;
  const laneLabel = useLaneLabel();
  const reports = useReports(kind === 'assignments' ? cardId : undefined);
  if (!card) return null;
  const title = card.title || text.untitled;
  const place = [columns.find((column) => column.id === card.column)?.title, laneField ? laneLabel(laneOf(card, laneField)) : undefined].filter(Boolean).join(' · ');
  const report = reports.find((r) => r.month === currentMonth) ?? reports.at(-1);
  const status = card.status && <StatusBadge value={card.status} label={text.value(STATUS_VALUES[kind].labels, card.status)} />;

  return (
    <article className="presented-card" aria-labelledby={titleId} data-testid="presented-card">
      {place && <p className="presented-card-place">{place}</p>}
      <h3 id={titleId} className="presented-card-title">
        {title}
      </h3>
      <dl className="presented-card-fields">
        {kind === 'assignments' ? (
          <>
            <Field label={text.field('directedTo')}>{card.directedTo}</Field>
            <Field label={text.field('status')}>{status}</Field>
            <Field label={text.field('responsible')}>{card.responsible?.join(', ')}</Field>
          </>
        ) : (
          <>
            <Field label={text.field('unit')}>{card.unit}</Field>
            <Field label={text.field('effect')}>{card.effect === undefined ? text.effectUnknown : formatTkr(card.effect, text.lang)}</Field>
            <Field label={text.field('responsible')}>{card.responsible?.join(', ')}</Field>
            <Field label={text.field('status')}>{status}</Field>
            <Field label={text.field('comment')} wide>
              {card.comment}
            </Field>
          </>
        )}
      </dl>
      {kind === 'assignments' && (
        <section className="presented-card-report" aria-labelledby={reportId}>
          <h4 id={reportId}>{report ? text.t('card.reports.month', { month: formatMonth(report.month, text.lang) }) : text.noReport}</h4>
          {report && (
            <dl className="presented-card-fields">
              {REPORT_TEXT_FIELDS.map((part) => (
                <Field key={part} label={text.t(`card.reports.${part}`)} wide>
                  {report[part]}
                </Field>
              ))}
            </dl>
          )}
        </section>
      )}
    </article>
  );
}

/** One labelled value; nothing when the card has no value for it. */
function Field({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  if (children === undefined || children === '' || children === false || children === null) return null;
  return (
    <div className={wide ? 'presented-card-field is-wide' : 'presented-card-field'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
