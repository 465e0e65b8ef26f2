import { Fragment, useId, useMemo, useSyncExternalStore, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardSnapshot } from '../../../shared/read/readBoard.ts';
import { cellKey, computeTotals } from '../../../shared/sums.ts';
import { formatTkr } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { lanesOf, layoutCells } from '../../state/boardLayout.ts';
import { useBoard } from '../../state/useBoard.ts';
import { useLaneLabel } from '../../state/useLaneLabel.ts';
import { EffectSum } from '../board/EffectSum.tsx';
import { CardIconSprites } from '../cards/CardIcons.tsx';
import { PresentedCard } from './PresentedCard.tsx';
import { PresentedCardFace } from './PresentedCardFace.tsx';
import { presentationLayout } from './presentationLayout.ts';
import { useFitType } from './useFitType.ts';
import './PresentationView.css';

const subscribeResize = (onChange: () => void): (() => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const readAspect = (): number => (window.innerHeight > 0 ? window.innerWidth / window.innerHeight : 16 / 9);

/** The screen's width over its height, following resizes: the layout packs the board for it. */
const useAspect = (): number => useSyncExternalStore(subscribeResize, readAspect, readAspect);

/** The cells of a board: the card ids per column × lane and the counts the layout packs. */
function cellsOf(board: BoardSnapshot) {
  const lanes = lanesOf(board);
  const cells = layoutCells(board);
  const ids = (columnId: string, lane: string): readonly string[] => cells.get(cellKey(columnId, lane)) ?? [];
  return { lanes, ids, counts: board.columns.map((column) => lanes.map((lane) => ids(column.id, lane).length)) };
}

/**
 * The presentation view of the board in the BoardProvider above it (FOL6): read-only, no buttons,
 * the lanes × columns compacted by presentationLayout onto one screen with every card's title,
 * unit, effect and responsible whole and the total against the target, the type as large as that
 * allows (useFitType); the card the facilitator shows,
 * when there is one, large in front of it (PresentedCard).
 */
export function PresentationView({ cardId }: { cardId: string | undefined }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const board = useBoard();
  const laneLabel = useLaneLabel();
  const aspect = useAspect();
  const titleId = useId();
  const fitRef = useFitType();
  const cells = useMemo(() => (board ? cellsOf(board) : undefined), [board]);
  // Every live card counts on the projector: nobody has filtered it (SUM1, SUM3).
  const totals = useMemo(() => (board ? computeTotals(board) : undefined), [board]);
  const layout = useMemo(() => (cells ? presentationLayout({ counts: cells.counts, aspect }) : undefined), [cells, aspect]);
  if (!board || !cells || !totals || !layout || board.meta.schemaVersion === 0) return <p className="presentation-message">{t('board.loading')}</p>;

  const { meta, columns } = board;
  const measures = meta.kind === 'measures';
  const hasLanes = Boolean(meta.laneField);
  const style = { '--fit-w': layout.fitWidth, '--fit-h': layout.fitHeight } as CSSProperties;
  const gridStyle: CSSProperties = { gridTemplateColumns: layout.tracks.map((track) => `minmax(0, ${track}fr)`).join(' ') };
  const shown = cardId && board.cards.some((card) => card.id === cardId && !card.archived) ? cardId : undefined;

  return (
    <section ref={fitRef} className="presentation-board" style={style} aria-labelledby={titleId}>
      <CardIconSprites />
      <header className="presentation-header">
        <h2 id={titleId}>{meta.title}</h2>
        <p className="presentation-total" data-testid="presentation-total">
          {t('board.count', { count: totals.board.count })}
          {measures && (
            <>
              {' · '}
              <strong>
                {totals.target !== undefined
                  ? t('board.totals.ofTarget', { amount: formatTkr(totals.board.effect, lang), target: formatTkr(totals.target, lang) })
                  : formatTkr(totals.board.effect, lang)}
              </strong>
              {totals.board.unknownEffect.length > 0 && <> {t('board.unknownNote', { count: totals.board.unknownEffect.length })}</>}
            </>
          )}
        </p>
      </header>
      <div className="presentation-grid" style={gridStyle}>
        {columns.map((column) => (
          <h3 key={column.id} className="presentation-column">
            {column.title}
          </h3>
        ))}
        {cells.lanes.map((lane) => (
          <Fragment key={lane}>
            {hasLanes && (
              <h3 className="presentation-lane">
                <span className="presentation-lane-name">{laneLabel(lane)}</span>
                <span className="presentation-lane-totals">
                  {t('board.count', { count: totals.lanes.get(lane)?.count ?? 0 })}
                  {measures && totals.lanes.get(lane) && (
                    <>
                      {' · '}
                      <EffectSum totals={totals.lanes.get(lane)!} />
                    </>
                  )}
                </span>
              </h3>
            )}
            {columns.map((column, c) => (
              <ul
                key={column.id}
                className="presentation-cell"
                style={{ '--tracks': Math.max(1, Math.floor(layout.tracks[c] ?? 1)) } as CSSProperties}
                aria-label={hasLanes ? `${column.title}, ${laneLabel(lane)}` : column.title}
              >
                {cells.ids(column.id, lane).map((id) => (
                  <li key={id}>
                    <PresentedCardFace id={id} kind={meta.kind} />
                  </li>
                ))}
              </ul>
            ))}
          </Fragment>
        ))}
      </div>
      {shown && <PresentedCard key={shown} cardId={shown} kind={meta.kind} currentMonth={meta.currentMonth} />}
    </section>
  );
}
