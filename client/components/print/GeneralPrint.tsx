import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardSnapshot } from '../../../shared/read/readBoard.ts';
import { formatDate } from '../../i18n/format.ts';
import { LaneTables, type PrintColumn } from './LaneTables.tsx';
import { printedLanes, type CardPredicate } from './printedLanes.ts';

/** A general board as a table of its cards per lane: title, column, unit, status, responsible, deadline, comment, those some card fills (PRT2). */
export function GeneralPrint({ board, filter }: { board: BoardSnapshot; filter: CardPredicate | undefined }) {
  const { t } = useTranslation();
  const lanes = useMemo(() => printedLanes(board, filter), [board, filter]);
  const columnTitle = useMemo(() => new Map(board.columns.map((column) => [column.id, column.title])), [board]);
  const columns: PrintColumn[] = [
    { key: 'title', header: t('print.general.title'), cell: (card) => card.title },
    { key: 'column', header: t('print.general.column'), cell: (card) => columnTitle.get(card.column) },
    { key: 'unit', header: t('print.general.unit'), cell: (card) => card.unit },
    { key: 'status', header: t('print.general.status'), cell: (card) => card.status && t(`card.values.rag.${card.status}`) },
    { key: 'responsible', header: t('print.general.responsible'), cell: (card) => card.responsible?.join(', ') },
    { key: 'deadline', header: t('print.general.deadline'), cell: (card) => card.deadline && formatDate(card.deadline) },
    { key: 'comment', header: t('print.general.comment'), cell: (card) => card.comment },
  ];
  // A general board uses few of its fields: a column no printed card fills takes no room on paper.
  const filled = columns.filter((column) => column.key === 'title' || lanes.some((lane) => lane.cards.some((card) => column.cell(card))));
  return <LaneTables lanes={lanes} columns={filled} />;
}
