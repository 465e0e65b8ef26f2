import * as Y from 'yjs';
import { getMeta } from '../../shared/doc.ts';
import { readCard } from '../../shared/read/readCard.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { readMilestones } from '../../shared/read/readMilestones.ts';
import { readMeta } from '../../shared/read/readMeta.ts';
import { readReports } from '../../shared/read/readReports.ts';
import { CARD_TEXT_FIELDS } from '../../shared/schema/card.ts';
import { REPORT_TEXT_FIELDS } from '../../shared/schema/report.ts';
import type { UpdateEffect } from '../sync/UpdateEffect.ts';
import type { NewHistoryEntry } from '../storage/HistoryStore.ts';

/** Who made a change and when: the part every entry of one update shares. */
export type ChangeAuthor = Pick<NewHistoryEntry, 'boardId' | 'at' | 'userId' | 'actor'>;

/** A card as flat facts: its fields, and its reports as `reports.<month>` plus `reports.<month>.<field>`. */
function cardFacts(doc: Y.Doc, cardId: string): Map<string, unknown> | undefined {
  const card = readCard(doc, cardId);
  if (!card) return undefined;
  const facts = new Map<string, unknown>();
  for (const [key, value] of Object.entries(card)) {
    // Order within a column and the derived list of months are noise in a history.
    if (key !== 'id' && key !== 'order' && key !== 'reportMonths') facts.set(key, value);
  }
  for (const { month, ...report } of readReports(doc, cardId)) {
    facts.set(`reports.${month}`, true);
    for (const [field, value] of Object.entries(report)) facts.set(`reports.${month}.${field}`, value);
  }
  return facts;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

// The board parts recorded as one entry each, read whole so an edit that changes nothing is left out (A11Y23).
const boardPartReaders: Record<string, (doc: Y.Doc) => unknown> = { columns: readColumns, milestones: readMilestones };
const isMonthKey = (key: string): boolean => /^reports\.[^.]+$/.test(key);
const monthOf = (key: string): string => key.split('.').slice(0, 2).join('.');

/**
 * Prose other than the title is recorded as "edited" without its text (HIST2): a comment edited
 * keystroke by keystroke would otherwise fill the history with copies of itself.
 */
function isProse(key: string, kind: keyof typeof CARD_TEXT_FIELDS): boolean {
  if (key === 'title') return false;
  if ((CARD_TEXT_FIELDS[kind] as readonly string[]).includes(key)) return true;
  return key.startsWith('reports.') && (REPORT_TEXT_FIELDS as readonly string[]).includes(key.split('.')[2] ?? '');
}

const valueFields = (from: unknown, to: unknown) => ({ ...(from !== undefined && { from }), ...(to !== undefined && { to }) });

function diffCard(author: ChangeAuthor, cardId: string, before: Y.Doc, after: Y.Doc): NewHistoryEntry[] {
  const was = cardFacts(before, cardId);
  const now = cardFacts(after, cardId);
  if (!was && !now) return [];
  if (!was) return [{ ...author, cardId, field: 'card', change: 'created', to: now!.get('title') }];
  if (!now) return [{ ...author, cardId, field: 'card', change: 'deleted', from: was.get('title') }];
  const kind = readMeta(after).kind;
  const entries: NewHistoryEntry[] = [];
  const keys = [...new Set([...was.keys(), ...now.keys()])];
  const monthsAddedOrRemoved = new Set(keys.filter((key) => isMonthKey(key) && was.has(key) !== now.has(key)));
  for (const key of keys) {
    const from = was.get(key);
    const to = now.get(key);
    if (same(from, to)) continue;
    if (isMonthKey(key)) entries.push({ ...author, cardId, field: key, change: to === undefined ? 'deleted' : 'created' });
    else if (key.startsWith('reports.') && monthsAddedOrRemoved.has(monthOf(key))) continue;
    else if (isProse(key, kind)) entries.push({ ...author, cardId, field: key, change: 'text' });
    else entries.push({ ...author, cardId, field: key, change: 'set', ...valueFields(from, to) });
  }
  return entries;
}

/**
 * The field-level history of one accepted update (HIST2): the cards it touched, diffed between the
 * document before it and after it; changed meta values; and one entry each when it changed the
 * columns or the timeline. A value set to what it was is no change and gets no entry (A11Y23).
 */
export function describeChanges(author: ChangeAuthor, effect: UpdateEffect, before: Y.Doc, after: Y.Doc): NewHistoryEntry[] {
  const cardIds = new Set<string>();
  const metaKeys = new Set<string>();
  const boardParts = new Set<string>();
  for (const [top, key] of effect.paths) {
    if (top === 'cards' && key !== undefined) cardIds.add(key);
    else if (top === 'meta' && key !== undefined) metaKeys.add(key);
    else if (top === 'columns' || top === 'milestones') boardParts.add(top);
  }
  const entries = [...cardIds].sort().flatMap((cardId) => diffCard(author, cardId, before, after));
  for (const key of [...metaKeys].sort()) {
    const from = getMeta(before).get(key);
    const to = getMeta(after).get(key);
    if (!same(from, to)) entries.push({ ...author, cardId: null, field: `meta.${key}`, change: 'set', ...valueFields(from, to) });
  }
  for (const part of boardParts) {
    const read = boardPartReaders[part]!;
    if (!same(read(before), read(after))) entries.push({ ...author, cardId: null, field: part, change: 'board' });
  }
  return entries;
}
