import * as Y from 'yjs';
import { SchemaError } from '../schema/errors.ts';
import { parseField } from '../schema/parseField.ts';
import { newId } from '../ids.ts';
import { placeBefore } from '../order.ts';
import { checkNewId } from '../ops/lookup.ts';
import { replaceText } from '../ops/textEdits.ts';
import { getAgenda, getDecisions } from './meetingDoc.ts';
import { requireUnlocked } from './minutesLock.ts';
import { itemFields, itemTextInput, itemTitleText } from './meetingFields.ts';
import { checkKnownKeys, requireItem, requireMeeting, requireMeetingRoom, sortedEntries, writeOrder, writeRekeyed } from './meetingLookup.ts';
import { MEETING_LIMITS, type CardLink, type ItemKind } from './meetingSchema.ts';

export interface NewAgendaItem {
  /** A caller-chosen id (seeds, tests); a fresh one when absent (DOC5). */
  id?: string;
  title: string;
  /** Föredragande; '' is none. */
  presenter?: string;
  minutes: number;
  kind: ItemKind;
  boards?: readonly string[];
  cards?: readonly CardLink[];
  notes?: string;
  /** The date of the meeting it was carried over from (MTG20). */
  carriedFrom?: string;
}

/** What updateAgendaItem may change; absent keys stay, `presenter: ''` clears the presenter. */
export interface AgendaItemPatch {
  title?: string;
  presenter?: string;
  minutes?: number;
  kind?: ItemKind;
  boards?: readonly string[];
  cards?: readonly CardLink[];
}

const NEW_ITEM_KEYS = ['id', 'title', 'presenter', 'minutes', 'kind', 'boards', 'cards', 'notes', 'carriedFrom'] as const;
const PATCH_KEYS = ['title', 'presenter', 'minutes', 'kind', 'boards', 'cards'] as const;

/** A new item's values, every one checked (MTG6, MTG8); throws SchemaError naming the field. */
export interface ParsedItem {
  title: string;
  notes: string;
  /** Scalar fields to set, absent ones left out. */
  values: [string, unknown][];
}

/** Checks a scalar of the item; `presenter: ''` reads as none (undefined). */
function parseItemValue(field: keyof typeof itemFields, value: unknown): unknown {
  if (field === 'presenter' && typeof value === 'string' && value.trim() === '') return undefined;
  return parseField(itemFields, field, value);
}

/**
 * Checks a new item. `keepTitle` lets a blank title through (its length still checked): a title
 * typed empty is valid in a document (MTG6), and carryOver copies it as it is.
 */
export function parseNewItem(input: NewAgendaItem, keepTitle = false): ParsedItem {
  checkKnownKeys(input, NEW_ITEM_KEYS);
  const title = keepTitle ? parseField(itemTitleText, 'title', input.title) : parseField(itemTextInput, 'title', input.title);
  const notes = parseField(itemTextInput, 'notes', input.notes ?? '');
  const values: [string, unknown][] = [];
  for (const field of ['presenter', 'minutes', 'kind', 'boards', 'cards', 'carriedFrom'] as const) {
    const raw = field === 'boards' || field === 'cards' ? (input[field] ?? []) : input[field];
    if (raw === undefined && (field === 'minutes' || field === 'kind')) throw new SchemaError('invalid_value', field, `${field} is required`);
    const value = raw === undefined ? undefined : parseItemValue(field, raw);
    if (value !== undefined) values.push([field, value]);
  }
  return { title, notes, values };
}

/** Writes a new item with both its texts made up front (MTG6). Call inside a transaction. */
export function writeItem(agenda: Y.Map<Y.Map<unknown>>, id: string, item: ParsedItem, order: string): void {
  const map = new Y.Map<unknown>();
  agenda.set(id, map);
  const title = new Y.Text();
  const notes = new Y.Text();
  map.set('title', title);
  map.set('notes', notes);
  title.insert(0, item.title);
  if (item.notes.length > 0) notes.insert(0, item.notes);
  for (const [field, value] of item.values) map.set(field, value);
  map.set('order', order);
}

/** Adds an item after `options.after` (an item id) or last, and returns its id (MTG6, MTG8, ORD3). */
export function addAgendaItem(doc: Y.Doc, input: NewAgendaItem, options: { after?: string } = {}, origin: unknown = null): string {
  requireMeeting(doc);
  requireUnlocked(doc);
  const agenda = getAgenda(doc);
  requireMeetingRoom(agenda.size, MEETING_LIMITS.items, 'items');
  const id = input.id === undefined ? newId() : checkNewId(input.id, agenda);
  const item = parseNewItem(input);
  const siblings = sortedEntries(agenda);
  let beforeId: string | undefined;
  if (options.after !== undefined) {
    requireItem(doc, options.after, 'after');
    beforeId = siblings[siblings.findIndex((s) => s.id === options.after) + 1]?.id;
  }
  const placement = placeBefore(siblings, beforeId);
  doc.transact(() => {
    writeItem(agenda, id, item, placement.key);
    writeRekeyed(agenda, placement);
  }, origin);
  return id;
}

/** Changes an item's title, presenter, minutes, kind or links (MTG6); the title's unchanged parts survive concurrent typing (TXT2). */
export function updateAgendaItem(doc: Y.Doc, itemId: string, patch: AgendaItemPatch, origin: unknown = null): void {
  const item = requireItem(doc, itemId);
  requireUnlocked(doc);
  checkKnownKeys(patch, PATCH_KEYS);
  const title = patch.title === undefined ? undefined : parseField(itemTextInput, 'title', patch.title);
  const changes: [string, unknown][] = [];
  for (const field of ['presenter', 'minutes', 'kind', 'boards', 'cards'] as const) {
    if (patch[field] !== undefined) changes.push([field, parseItemValue(field, patch[field])]);
  }
  doc.transact(() => {
    if (title !== undefined) replaceText(itemText(item, 'title'), title);
    for (const [field, value] of changes) {
      if (value === undefined) item.delete(field);
      else item.set(field, value);
    }
  }, origin);
}

/**
 * An item's Y.Text, made inside the transaction when the item lacks it (a document written by
 * another tool). Made this late, two peers could make two, and one would win (TXT1).
 */
function itemText(item: Y.Map<unknown>, field: 'title' | 'notes'): Y.Text {
  const text = item.get(field);
  if (text instanceof Y.Text) return text;
  const made = new Y.Text();
  item.set(field, made);
  return made;
}

/** Replaces an item's notes, touching only the changed middle so concurrent typing elsewhere survives (MTG6, TXT2). */
export function setItemNotes(doc: Y.Doc, itemId: string, value: string, origin: unknown = null): void {
  const item = requireItem(doc, itemId);
  requireUnlocked(doc);
  const notes = parseField(itemTextInput, 'notes', value);
  doc.transact(() => replaceText(itemText(item, 'notes'), notes), origin);
}

/** Moves an item to `toIndex` of the agenda without it (0 first; the agenda's length less one, last) (MTG9, ORD3). */
export function moveAgendaItem(doc: Y.Doc, itemId: string, toIndex: number, origin: unknown = null): void {
  requireItem(doc, itemId);
  requireUnlocked(doc);
  const agenda = getAgenda(doc);
  const siblings = sortedEntries(agenda).filter((s) => s.id !== itemId);
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex > siblings.length) {
    throw new SchemaError('invalid_value', 'toIndex', `index ${toIndex} is outside 0..${siblings.length}`);
  }
  const placement = placeBefore(siblings, siblings[toIndex]?.id);
  doc.transact(() => writeOrder(agenda, itemId, placement), origin);
}

/**
 * Removes an item; its progress stays until the facilitator's next run operation prunes it (MTG10,
 * MTG14). An item holding decisions is refused: they would be left without an item (MTG23).
 */
export function removeAgendaItem(doc: Y.Doc, itemId: string, origin: unknown = null): void {
  requireItem(doc, itemId);
  requireUnlocked(doc);
  if ([...getDecisions(doc).values()].some((d: unknown) => d instanceof Y.Map && d.get('itemId') === itemId)) throw new SchemaError('meeting_state', 'decisions', 'the item holds decisions');
  const agenda = getAgenda(doc);
  doc.transact(() => agenda.delete(itemId), origin);
}
