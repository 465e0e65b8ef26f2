import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { withUnknownNote } from '../../../shared/export/unknownNote.ts';
import type { BoardSnapshot } from '../../../shared/read/readBoard.ts';
import { computeTotals, type Totals } from '../../../shared/sums.ts';
import { formatNumber, formatTkr } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { LaneTables, type PrintColumn } from './LaneTables.tsx';
import { printedLanes, type CardPredicate } from './printedLanes.ts';

/**
 * A measures board as the deck's table (000), one per lane: Verksamhet, Personal kat, Åtgärd,
 * Ekonomisk effekt tkr/år, Kommentar, Beredningsansvarig, and under it "Summa: 157 000 tkr/år"
 * computed as the board computes it (SUM1–SUM4), then the board's sum, each naming its unknown
 * effects as the XLSX and the slides do (withUnknownNote, PRT2).
 */
export function MeasuresPrint({ board, filter }: { board: BoardSnapshot; filter: CardPredicate | undefined }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const lanes = useMemo(() => printedLanes(board, filter), [board, filter]);
  const totals = useMemo(() => computeTotals(board, filter), [board, filter]);
  const columns: PrintColumn[] = [
    { key: 'unit', header: t('print.measures.unit'), cell: (card) => card.unit },
    { key: 'staffCategory', header: t('print.measures.staffCategory'), cell: (card) => card.staffCategory },
    { key: 'title', header: t('print.measures.title'), cell: (card) => card.title },
    {
      key: 'effect',
      header: t('print.measures.effect'),
      numeric: true,
      cell: (card) => (card.effect === undefined ? t('print.effectUnknown') : formatNumber(card.effect, lang)),
    },
    { key: 'comment', header: t('print.measures.comment'), cell: (card) => card.comment },
    { key: 'responsible', header: t('print.measures.responsible'), cell: (card) => card.responsible?.join(', ') },
  ];
  const sum = (key: 'print.sum' | 'print.boardSum', of: Totals) => (
    <p className="print-sum">{withUnknownNote(t(key, { amount: formatTkr(of.effect, lang) }), of.unknownEffect.length, lang)}</p>
  );
  return (
    <>
      <LaneTables lanes={lanes} columns={columns} footer={(lane) => sum('print.sum', totals.lanes.get(lane)!)} />
      {lanes.length > 1 && sum('print.boardSum', totals.board)}
    </>
  );
}
