import { useTranslation } from 'react-i18next';
import type { ImportRowAnswer } from './importApi.ts';

/** The wording of a refusal's reason; a unit chief's row without an id is a new card, which they may not add (IMP7). */
const reasonKey = ({ reason, value }: ImportRowAnswer['problems'][number]): string => (reason === 'out_of_scope' && value === '' ? 'out_of_scope_new' : reason);

/** How much of a file's text the table shows: a refused value may be 10 000 characters (too_long), a title 200 (LIM1). */
const SHOWN_CHARACTERS = 60;

/** IMP13: a long text cut for the table, by characters (never half an emoji), and marked cut with "…". */
const shown = (text: string): string => {
  const characters = [...text];
  return characters.length > SHOWN_CHARACTERS ? `${characters.slice(0, SHOWN_CHARACTERS).join('')}…` : text;
};

/**
 * One refusal worded (IMP3, IMP12): "Rad 7, Ekonomisk effekt: ”15 000 kr” är inte ett tal"; an empty
 * cell without its quotes ("Rad 4, Åtgärd saknas: …"), the row alone when it names no cell.
 */
function ProblemText({ problem }: { problem: ImportRowAnswer['problems'][number] }) {
  const { t } = useTranslation();
  const reason = t(`import.reasons.${reasonKey(problem)}`, { defaultValue: t('import.reasons.invalid_value') });
  if (!problem.column) return <div>{t('import.problemRow', { row: problem.row, reason })}</div>;
  return <div>{t(problem.value === '' ? 'import.problemEmpty' : 'import.problem', { ...problem, value: shown(problem.value), reason })}</div>;
}

/**
 * The dry run's table (IMP9): a line per row of the file, its sheet when the server names one, its
 * verdict, the card it makes or changes by its title (IMP13), and each reason in the UI's language (IMP3).
 * It scrolls inside itself, so a long file never widens or lengthens the page (WCAG 1.4.10 reflow).
 */
export function ImportRowsTable({ rows }: { rows: readonly ImportRowAnswer[] }) {
  const { t } = useTranslation();
  const sheets = rows.some((row) => row.sheet !== undefined);
  return (
    <div className="import-rows" tabIndex={0} role="region" aria-label={t('import.rows')}>
      <table>
        <caption>{t('import.rows')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.row')}</th>
            {sheets && <th scope="col">{t('import.sheet')}</th>}
            <th scope="col">{t('import.verdict')}</th>
            <th scope="col">{t('import.card')}</th>
            <th scope="col">{t('import.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.sheet ?? ''}:${row.row}`} className={`import-${row.verdict}`}>
              <td>{row.row}</td>
              {sheets && <td>{row.sheet ? t(`import.sheets.${row.sheet}`, { defaultValue: row.sheet }) : t('import.sheetCards')}</td>}
              <td>{t(row.sheet === 'reports' ? `import.reportVerdicts.${row.verdict}` : `import.verdicts.${row.verdict}`)}</td>
              <td>{row.title !== undefined && shown(row.title)}</td>
              <td>
                {row.skipped && <div>{t(`import.skipReasons.${row.skipped}`, { defaultValue: '' })}</div>}
                {row.problems.map((problem, i) => (
                  <ProblemText key={i} problem={problem} />
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
