import { useTranslation } from 'react-i18next';
import type { ImportRowAnswer } from './importApi.ts';

/** The dry run's table (IMP9): a line per row of the file, its verdict, and each reason in the UI's language (IMP3). */
export function ImportRowsTable({ rows }: { rows: readonly ImportRowAnswer[] }) {
  const { t } = useTranslation();
  return (
    <div className="import-rows" tabIndex={0} role="region" aria-label={t('import.rows')}>
      <table>
        <caption>{t('import.rows')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.row')}</th>
            <th scope="col">{t('import.verdict')}</th>
            <th scope="col">{t('import.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row} className={`import-${row.verdict}`}>
              <td>{row.row}</td>
              <td>{t(`import.verdicts.${row.verdict}`)}</td>
              <td>
                {row.problems.map((problem, i) => (
                  <div key={i}>{t('import.problem', { row: problem.row, column: problem.column, value: problem.value, reason: t(`import.reasons.${problem.reason}`) })}</div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
