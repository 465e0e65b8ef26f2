import type { Card } from '../schema/card.ts';

/** What the filters bar narrows the board to; '' means "any". */
export interface CardFilter {
  text: string;
  unit: string;
  responsible: string;
  decisionLevel: string;
  status: string;
  /** Only these cards: those changed since the chosen time ("Ändrat sedan…", CHG7); absent lets every card through. */
  changed?: ReadonlySet<string>;
}

export const NO_FILTER: CardFilter = Object.freeze({ text: '', unit: '', responsible: '', decisionLevel: '', status: '' });

/** Prose and names the free-text search looks in. */
const SEARCHED = ['title', 'unit', 'comment', 'analysis', 'directedTo', 'decisionBody', 'group', 'staffCategory'] as const;

/**
 * The card predicate of a filter, or undefined when the filter lets every card through (so
 * totals can tell "filtered" from "all"). Text search is case-insensitive and also matches names.
 */
export function filterPredicate(filter: CardFilter): ((card: Card) => boolean) | undefined {
  const text = filter.text.trim().toLocaleLowerCase('sv');
  const { unit, responsible, decisionLevel, status, changed } = filter;
  if (!text && !unit && !responsible && !decisionLevel && !status && !changed) return undefined;
  return (card) => {
    if (changed && !changed.has(card.id)) return false;
    if (unit && card.unit !== unit) return false;
    if (responsible && !card.responsible?.includes(responsible)) return false;
    if (decisionLevel && card.decisionLevel !== decisionLevel) return false;
    if (status && card.status !== status) return false;
    if (!text) return true;
    const haystack = [...SEARCHED.map((field) => card[field] ?? ''), ...(card.responsible ?? [])];
    return haystack.some((value) => value.toLocaleLowerCase('sv').includes(text));
  };
}

/** The filter fields an export URL carries (EXP6); `cards` lists the changed cards' ids, comma-separated. */
const QUERY_FIELDS = ['text', 'unit', 'responsible', 'decisionLevel', 'status'] as const;

/** The query of an export of what `filter` shows: empty for no filter. */
export function filterQuery(filter: CardFilter): URLSearchParams {
  const query = new URLSearchParams();
  for (const field of QUERY_FIELDS) if (filter[field]) query.set(field, filter[field]);
  if (filter.changed) query.set('cards', [...filter.changed].join(','));
  return query;
}

/** The filter an export URL asks for (filterQuery's inverse); a missing field means "any". */
export function filterFromQuery(query: (name: string) => string | undefined): CardFilter {
  const filter: CardFilter = { ...NO_FILTER };
  for (const field of QUERY_FIELDS) filter[field] = query(field)?.slice(0, 500) ?? '';
  const cards = query('cards');
  return cards === undefined ? filter : { ...filter, changed: new Set(cards.split(',').filter(Boolean)) };
}
