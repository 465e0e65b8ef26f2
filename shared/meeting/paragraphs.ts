import * as Y from 'yjs';
import { compareOrdered, type Ordered } from '../order.ts';
import { SchemaError } from '../schema/errors.ts';
import { getAgenda, getDecisions } from './meetingDoc.ts';
import { requireMeeting, sortedEntries } from './meetingLookup.ts';
import { requireUnlocked } from './minutesLock.ts';

/** A paragraph number given to a decision (MTG24). */
export interface NumberedDecision {
  decisionId: string;
  paragraph: number;
}

const paragraphOf = (decision: unknown): number | undefined => {
  const paragraph: unknown = decision instanceof Y.Map ? decision.get('paragraph') : undefined;
  return typeof paragraph === 'number' ? paragraph : undefined;
};

/**
 * Every decision that takes a paragraph, in the minutes' order (MTG24): agenda order (ORD1), then
 * within an item by (order, id); decisions whose item is gone (removed concurrently) after them
 * all, by (order, id), so none is ever left out of the series. Corrections take none (MTG29). Pure:
 * every peer with the same document gives the same order.
 */
export function paragraphOrder(doc: Y.Doc): string[] {
  const byItem = new Map<string, Ordered[]>();
  getDecisions(doc).forEach((decision: unknown, id) => {
    if (!(decision instanceof Y.Map) || decision.has('correctionOf')) return;
    const itemId: unknown = decision.get('itemId');
    const order: unknown = decision.get('order');
    const key = typeof itemId === 'string' ? itemId : '';
    byItem.set(key, [...(byItem.get(key) ?? []), { id, order: typeof order === 'string' ? order : '' }]);
  });
  const ids: string[] = [];
  const take = (entries: readonly Ordered[] | undefined) => ids.push(...[...(entries ?? [])].sort(compareOrdered).map((e) => e.id));
  for (const { id } of sortedEntries(getAgenda(doc))) {
    take(byItem.get(id));
    byItem.delete(id);
  }
  take([...byItem.values()].flat());
  return ids;
}

/**
 * Gives every decision without a paragraph the next number from `firstNumber` on, in
 * paragraphOrder, in one transaction, and returns the numbers given (MTG24). Idempotent: numbered
 * decisions keep theirs, and with none left to number it writes nothing and returns []. The server
 * calls it with the next number of the meeting group's series (MTG25); a `firstNumber` not past
 * every paragraph the meeting holds would duplicate one, so it is refused.
 */
export function numberParagraphs(doc: Y.Doc, firstNumber: number, origin: unknown = null): NumberedDecision[] {
  requireMeeting(doc);
  if (!Number.isSafeInteger(firstNumber) || firstNumber < 1) throw new SchemaError('invalid_value', 'firstNumber', 'firstNumber must be a positive integer');
  const decisions = getDecisions(doc);
  const unnumbered = paragraphOrder(doc).filter((id) => paragraphOf(decisions.get(id)) === undefined);
  if (unnumbered.length === 0) return [];
  requireUnlocked(doc);
  const highest = Math.max(0, ...[...decisions.values()].map((d) => paragraphOf(d) ?? 0));
  if (firstNumber <= highest) throw new SchemaError('invalid_value', 'firstNumber', `§ ${highest} is already given`);
  const given = unnumbered.map((decisionId, i) => ({ decisionId, paragraph: firstNumber + i }));
  doc.transact(() => {
    for (const { decisionId, paragraph } of given) decisions.get(decisionId)!.set('paragraph', paragraph);
  }, origin);
  return given;
}

/**
 * The first decision whose paragraph an update of `before` into `after` set, changed or cleared,
 * or a numbered decision it removed (MTG25): paragraphs are the server's alone, so the gate refuses
 * any client update this names. Undefined when the numbering is untouched.
 */
export function numberingChange(before: Y.Doc, after: Y.Doc): string | undefined {
  const [was, is] = [getDecisions(before), getDecisions(after)];
  for (const [id, decision] of was.entries()) if (paragraphOf(decision) !== undefined && paragraphOf(is.get(id)) !== paragraphOf(decision)) return id;
  for (const [id, decision] of is.entries()) if (paragraphOf(decision) !== paragraphOf(was.get(id))) return id;
  return undefined;
}
