import type { ReactNode } from 'react';
import { Link } from '../app/Link.tsx';

/** One row: what it opens (its title, a link) and its other cells, in the columns' order. */
export interface LinkTableRow {
  id: string;
  href: string;
  title: string;
  cells: readonly ReactNode[];
}

/**
 * The start page's lists (boards, meetings) as one kind of table: each row headed by a link to what
 * it names, the other columns after it; a sentence instead when there is nothing to list.
 */
export function LinkTable({ labelledBy, columns, rows, empty }: { labelledBy: string; columns: readonly string[]; rows: readonly LinkTableRow[]; empty: string }) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <table className="board-list" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">
              <Link href={row.href}>{row.title}</Link>
            </th>
            {row.cells.map((cell, index) => (
              <td key={index}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
