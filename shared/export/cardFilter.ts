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

/**
 * What "Ändrat sedan…" counts from, as an export or print URL carries it (EXP6, PRT4): `since` is
 * `previous` (the board's previous meeting, CHS3), an ISO time, or NO_CHANGES_ASKED (the filter is
 * on while no time is chosen: no card), and whether the reader's own changes are left out. The
 * server and the print view resolve it to the changed cards as GET /api/boards/:id/changes does, so
 * the URL stays short however many cards changed, where the cards' ids overran its header (HTTP 431).
 */
export interface ChangedSince {
  since: string;
  excludeMine: boolean;
}

export const NO_CHANGES_ASKED = 'none';

/** The filter fields an export URL carries (EXP6); the changed cards go as `changedSince` and `excludeMine`. */
const QUERY_FIELDS = ['text', 'unit', 'responsible', 'decisionLevel', 'status'] as const;

/** The query of an export of what `filter` shows, its changed cards by what they changed since (`changedSince`): empty for no filter. */
export function filterQuery(filter: CardFilter, changedSince?: ChangedSince): URLSearchParams {
  const query = new URLSearchParams();
  for (const field of QUERY_FIELDS) if (filter[field]) query.set(field, filter[field]);
  if (filter.changed) query.set('changedSince', changedSince?.since ?? NO_CHANGES_ASKED);
  if (filter.changed && changedSince?.excludeMine) query.set('excludeMine', 'true');
  return query;
}

/** The fields of the filter an export URL asks for (filterQuery's inverse but for the changed cards, changedSinceFromQuery); a missing field means "any". */
export function filterFromQuery(query: (name: string) => string | undefined): CardFilter {
  const filter: CardFilter = { ...NO_FILTER };
  for (const field of QUERY_FIELDS) filter[field] = query(field)?.slice(0, 500) ?? '';
  return filter;
}

/** What the URL's changed cards changed since; undefined when its filter has no "Ändrat sedan…". */
export function changedSinceFromQuery(query: (name: string) => string | undefined): ChangedSince | undefined {
  const since = query('changedSince');
  return since === undefined ? undefined : { since: since.slice(0, 100), excludeMine: query('excludeMine') === 'true' };
}
