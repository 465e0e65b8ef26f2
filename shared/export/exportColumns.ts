import type { BoardKind } from '../schema/boardKinds.ts';
import { ASSIGNMENT_SOURCES, ASSIGNMENT_STATUSES, DECISION_LEVELS } from '../schema/card.ts';
import type { ReportTextField } from '../schema/report.ts';

/** The languages an export speaks; its headers follow the UI's language (EXP2). */
export type ExportLanguage = 'sv' | 'en';
export type Wording = Readonly<Record<ExportLanguage, string>>;

/**
 * How a column's cells are written and read back (EXP3): `id` the card's id (IMP matches on it),
 * `column` the title of the card's board column, `kSek` a number in tkr/år, `names` a list joined
 * with ", ", `date` ISO `YYYY-MM-DD`, `enum` one of `values` by its label.
 */
export type ExportCellType = 'id' | 'column' | 'text' | 'kSek' | 'names' | 'date' | 'enum';

export interface ExportColumn {
  /** `id`, `column`, or the card field it holds. */
  readonly key: string;
  readonly type: ExportCellType;
  readonly header: Wording;
  /** Enum columns: each stored value's label per language. */
  readonly values?: Readonly<Record<string, Wording>>;
}

const w = (sv: string, en: string): Wording => ({ sv, en });

const labels = <T extends string>(keys: readonly T[], words: Record<T, Wording>): Readonly<Record<string, Wording>> =>
  Object.fromEntries(keys.map((k) => [k, words[k]]));

const RAG_VALUES = labels(['green', 'yellow', 'red'], {
  green: w('Grön', 'Green'),
  yellow: w('Gul', 'Yellow'),
  red: w('Röd', 'Red'),
});

/** The card id column: every export has it first, so an edited file updates its cards (EXP4). */
export const ID_COLUMN: ExportColumn = { key: 'id', type: 'id', header: w('Kort-id', 'Card id') };
const COLUMN_COLUMN: ExportColumn = { key: 'column', type: 'column', header: w('Kolumn', 'Column') };

const responsible = (sv: string, en: string): ExportColumn => ({ key: 'responsible', type: 'names', header: w(sv, en) });
const status: ExportColumn = { key: 'status', type: 'enum', header: w('Status', 'Status'), values: RAG_VALUES };
const deadline: ExportColumn = { key: 'deadline', type: 'date', header: w('Slutdatum', 'Deadline') };
const unit: ExportColumn = { key: 'unit', type: 'text', header: w('Verksamhet', 'Unit') };
const comment: ExportColumn = { key: 'comment', type: 'text', header: w('Kommentar', 'Comment') };

/**
 * The columns of a board's card sheet per kind, in the order of the decks (000's measures table,
 * 004's follow-up table), id first (EXP1). Headers are the decks' words, so a file a region already
 * keeps maps by its headers.
 */
export const EXPORT_COLUMNS: Readonly<Record<BoardKind, readonly ExportColumn[]>> = {
  measures: [
    ID_COLUMN,
    COLUMN_COLUMN,
    unit,
    { key: 'staffCategory', type: 'text', header: w('Personal kat', 'Staff category') },
    { key: 'title', type: 'text', header: w('Åtgärd', 'Measure') },
    { key: 'effect', type: 'kSek', header: w('Ekonomisk effekt tkr/år', 'Financial effect kSEK/year') },
    comment,
    responsible('Beredningsansvarig', 'Responsible'),
    {
      key: 'decisionLevel',
      type: 'enum',
      header: w('Beslutsnivå', 'Decision level'),
      values: labels(DECISION_LEVELS, {
        political: w('Kräver politiskt beslut', 'Requires a political decision'),
        official: w('Beslutas på tjänstemannanivå', 'Decided by officials'),
      }),
    },
    { key: 'decisionBody', type: 'text', header: w('Beslutsinstans', 'Decision body') },
    { key: 'decisionDate', type: 'date', header: w('Beslutsdatum', 'Decision date') },
    status,
  ],
  assignments: [
    ID_COLUMN,
    COLUMN_COLUMN,
    {
      key: 'status',
      type: 'enum',
      header: w('Status', 'Status'),
      values: labels(ASSIGNMENT_STATUSES, {
        notStarted: w('Ej påbörjad', 'Not started'),
        ongoing: w('Pågår', 'Ongoing'),
        done: w('Klar', 'Done'),
        doneWithDeviation: w('Klar med avvikelse', 'Done with deviation'),
        notDone: w('Ej genomförd', 'Not done'),
      }),
    },
    { key: 'title', type: 'text', header: w('Uppdrag', 'Assignment') },
    { key: 'directedTo', type: 'text', header: w('Riktas till', 'Directed to') },
    { key: 'analysis', type: 'text', header: w('Analys', 'Analysis') },
    { key: 'periodicity', type: 'text', header: w('Periodicitet', 'Periodicity') },
    deadline,
    {
      key: 'source',
      type: 'enum',
      header: w('Källa', 'Source'),
      values: labels(ASSIGNMENT_SOURCES, { council: w('Fullmäktige', 'Council'), committee: w('Nämnd', 'Committee') }),
    },
    { key: 'givenBy', type: 'text', header: w('Givet av', 'Given by') },
    { key: 'rag', type: 'enum', header: w('Bedömning', 'Assessment'), values: RAG_VALUES },
    responsible('Ansvariga', 'Responsible'),
  ],
  general: [
    ID_COLUMN,
    COLUMN_COLUMN,
    { key: 'title', type: 'text', header: w('Titel', 'Title') },
    { key: 'group', type: 'text', header: w('Grupp', 'Group') },
    unit,
    status,
    responsible('Ansvariga', 'Responsible'),
    deadline,
    comment,
  ],
};

export interface ReportColumn {
  /** `id` (the card's), `title` (the card's, for the reader), `month`, `ready` or a report text field. */
  readonly key: 'id' | 'title' | 'month' | 'ready' | ReportTextField;
  readonly header: Wording;
}

/** The monthly reports sheet of an assignments board: a row per card and month (EXP5), in the slides' order. */
export const REPORT_COLUMNS: readonly ReportColumn[] = [
  { key: 'id', header: ID_COLUMN.header },
  { key: 'title', header: w('Uppdrag', 'Assignment') },
  { key: 'month', header: w('Månad', 'Month') },
  { key: 'nextMonth', header: w('Kommande månad', 'Coming month') },
  { key: 'lastMonth', header: w('Senaste månaden', 'Past month') },
  { key: 'comments', header: w('Kommentarer', 'Comments') },
  { key: 'risks', header: w('Uppkomna risker och eventuellt behov av stöd', 'Risks and any need of support') },
  { key: 'ready', header: w('Klar för rapportering', 'Ready for reporting') },
];

/** Words of an export around its table (EXP2). */
export const EXPORT_WORDS = {
  exportedFrom: w('Exporterad från Tavla', 'Exported from Tavla'),
  filtered: w('Exportera det filtrerade: bara de kort filtret visar', 'Filtered export: only the cards the filter shows'),
  sum: w('Summa', 'Total'),
  sumOf: w('Summa {{lane}}', 'Total {{lane}}'),
  noLane: w('(inget värde)', '(no value)'),
  cardsSheet: w('Kort', 'Cards'),
  reportsSheet: w('Månadsrapporter', 'Monthly reports'),
  yes: w('Ja', 'Yes'),
  no: w('Nej', 'No'),
} as const;
