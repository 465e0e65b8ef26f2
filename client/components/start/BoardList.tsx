import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format.ts';
import { Link } from '../app/Link.tsx';
import { boardPath } from '../app/router.ts';
import type { BoardSummary } from './boardsApi.ts';

/** The boards as a table: title (a link to the board), kind, and when it last changed. */
export function BoardList({ boards, labelledBy }: { boards: readonly BoardSummary[]; labelledBy: string }) {
  const { t } = useTranslation();
  if (boards.length === 0) return <p>{t('start.empty')}</p>;
  return (
    <table className="board-list" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t('start.columns.title')}</th>
          <th scope="col">{t('start.columns.kind')}</th>
          <th scope="col">{t('start.columns.updatedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {boards.map((board) => (
          <tr key={board.id}>
            <th scope="row">
              <Link href={boardPath(board.id)}>{board.title}</Link>
            </th>
            <td>{t(`start.kinds.${board.kind}`)}</td>
            <td>{board.updatedAt ? <time dateTime={new Date(board.updatedAt).toISOString()}>{formatDateTime(board.updatedAt)}</time> : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
