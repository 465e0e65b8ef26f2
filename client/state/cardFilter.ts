import type { Card } from '../../shared/schema/card.ts';

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
