import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format.ts';
import { boardPath } from '../app/router.ts';
import type { BoardSummary } from './boardsApi.ts';
import { LinkTable } from './LinkTable.tsx';

/** The boards as a table: title (a link to the board), kind, and when it last changed. */
export function BoardList({ boards, labelledBy }: { boards: readonly BoardSummary[]; labelledBy: string }) {
  const { t } = useTranslation();
  const rows = boards.map((board) => ({
    id: board.id,
    href: boardPath(board.id),
    title: board.title,
    cells: [t(`start.kinds.${board.kind}`), board.updatedAt ? <time dateTime={new Date(board.updatedAt).toISOString()}>{formatDateTime(board.updatedAt)}</time> : '–'],
  }));
  return <LinkTable labelledBy={labelledBy} columns={[t('start.columns.title'), t('start.columns.kind'), t('start.columns.updatedAt')]} rows={rows} empty={t('start.empty')} />;
}
