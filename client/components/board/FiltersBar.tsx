import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Search, X } from 'lucide-react';
import { DECISION_LEVELS } from '../../../shared/schema/card.ts';
import { useFilters } from '../../state/BoardContext.tsx';
import { useBoard } from '../../state/useBoard.ts';
import { NO_FILTER, type CardFilter } from '../../state/cardFilter.ts';
import { STATUS_VALUES } from '../cards/cardFields.ts';

/** Distinct non-empty values, sorted the Swedish way. */
const distinct = (values: Iterable<string | undefined>): string[] =>
  [...new Set([...values].filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b, 'sv'));

/** Search and filters: text, unit, responsible person, decision level (measures), status. */
export function FiltersBar() {
  const { t } = useTranslation();
  const { filter, setFilter } = useFilters();
  const board = useBoard();
  const kind = board?.meta.kind ?? 'general';
  const live = useMemo(() => board?.cards.filter((c) => !c.archived) ?? [], [board]);
  const units = useMemo(() => distinct(live.map((c) => c.unit)), [live]);
  const people = useMemo(() => distinct(live.flatMap((c) => c.responsible ?? [])), [live]);
  const set = (field: keyof CardFilter) => (value: string) => setFilter({ ...filter, [field]: value });
  const status = STATUS_VALUES[kind];
  const active = Object.values(filter).some((v) => v !== '');

  return (
    <div role="search" className="filters-bar" aria-label={t('board.filters.label')}>
      <label className="filter-search">
        <span>{t('board.filters.search')}</span>
        <span className="search-input">
          <Search aria-hidden="true" size={18} />
          <input type="search" value={filter.text} onChange={(e) => set('text')(e.target.value)} placeholder={t('board.filters.searchPlaceholder')} />
        </span>
      </label>
      {units.length > 0 && <FilterSelect label={t('board.filters.unit')} value={filter.unit} onChange={set('unit')} options={units.map((u) => [u, u])} />}
      {people.length > 0 && (
        <FilterSelect label={t('board.filters.responsible')} value={filter.responsible} onChange={set('responsible')} options={people.map((p) => [p, p])} />
      )}
      {kind === 'measures' && (
        <FilterSelect
          label={t('board.filters.decisionLevel')}
          value={filter.decisionLevel}
          onChange={set('decisionLevel')}
          options={DECISION_LEVELS.map((level) => [level, t(`card.values.decisionLevel.${level}`)])}
        />
      )}
      <FilterSelect
        label={t('board.filters.status')}
        value={filter.status}
        onChange={set('status')}
        options={status.options.map((value) => [value, t(`card.values.${status.labels}.${value}`)])}
      />
      {active && (
        <button type="button" className="filters-clear" onClick={() => setFilter(NO_FILTER)}>
          <X aria-hidden="true" size={18} /> {t('board.filters.clear')}
        </button>
      )}
    </div>
  );
}

function FilterSelect({ label, value, onChange, options }: { label: string; value: string; onChange: (v: string) => void; options: [string, string][] }) {
  const { t } = useTranslation();
  return (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('board.filters.all')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
