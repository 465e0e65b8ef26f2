import * as Y from 'yjs';
import { newId } from '../ids.ts';
import { placeBefore } from '../order.ts';
import { checkNewId } from '../ops/lookup.ts';
import { replaceText } from '../ops/textEdits.ts';
import { SchemaError } from '../schema/errors.ts';
import { parseField } from '../schema/parseField.ts';
import { getDecisions } from './meetingDoc.ts';
import { decisionFields, decisionTextInput } from './meetingFields.ts';
import { checkKnownKeys, requireDecision, requireItem, requireMeetingRoom, sortedEntries, writeOrder } from './meetingLookup.ts';
import { isLocked, requireUnlocked } from './minutesLock.ts';
import { MEETING_LIMITS, type CardLink } from './meetingSchema.ts';

/** What a decision holds that people write (MTG22); the paragraph and correctionOf are not theirs to set. */
export interface DecisionPatch {
  /** Ärende: one line, not blank. */
  matter?: string;
  background?: string;
  /** The att-satser. */
  text?: string;
  cards?: readonly CardLink[];
  responsible?: readonly string[];
  /** `YYYY-MM-DD`; '' clears it. */
  deadline?: string;
  /** "Expedieras till". */
  sendTo?: readonly string[];
}

export interface NewDecision extends DecisionPatch {
  /** A caller-chosen id (seeds, tests); a fresh one when absent (DOC5). */
  id?: string;
  matter: string;
}

const SCALARS = ['matter', 'cards', 'responsible', 'deadline', 'sendTo'] as const;
const TEXTS = ['background', 'text'] as const;
const PATCH_KEYS = [...SCALARS, ...TEXTS] as const;

/** Checks a patch's values (MTG22, MTG8); `deadline: ''` reads as a clearing (undefined). */
function parsePatch(patch: DecisionPatch): { values: [string, unknown][]; texts: [string, string][] } {
  const values: [string, unknown][] = [];
  const texts: [string, string][] = [];
  for (const field of SCALARS) {
    const value = patch[field];
    if (value === undefined) continue;
    values.push([field, field === 'deadline' && value === '' ? undefined : parseField(decisionFields, field, value)]);
  }
  for (const field of TEXTS) if (patch[field] !== undefined) texts.push([field, parseField(decisionTextInput, field, patch[field])]);
  return { values, texts };
}

/** The decisions of `itemId` but `except`, sorted by (order, id) (ORD1). */
function itemDecisions(doc: Y.Doc, itemId: string, except?: string) {
  const decisions = getDecisions(doc);
  return sortedEntries(decisions).filter(({ id }) => id !== except && decisions.get(id)!.get('itemId') === itemId);
}

/** Writes a new decision with both its texts made up front, so two peers never make two (MTG22, TXT1). Call inside a transaction. */
function writeDecision(decisions: Y.Map<Y.Map<unknown>>, id: string, itemId: string, values: readonly [string, unknown][], texts: readonly [string, string][]): void {
  const map = new Y.Map<unknown>();
  decisions.set(id, map);
  map.set('itemId', itemId);
  for (const field of TEXTS) map.set(field, new Y.Text(texts.find(([f]) => f === field)?.[1] ?? ''));
  for (const [field, value] of values) if (value !== undefined) map.set(field, value);
}

/** Refuses to move or remove a numbered decision: its number is in the series (MTG24). */
function requireUnnumbered(decision: Y.Map<unknown>): void {
  if (decision.has('paragraph')) throw new SchemaError('meeting_state', 'paragraph', 'the decision is numbered');
}

/** Records a decision last in an agenda item and returns its id (MTG22, MTG8). */
export function addDecision(doc: Y.Doc, itemId: string, input: NewDecision, origin: unknown = null): string {
  requireItem(doc, itemId);
  requireUnlocked(doc);
  checkKnownKeys(input, ['id', ...PATCH_KEYS]);
  const decisions = getDecisions(doc);
  requireMeetingRoom(decisions.size, MEETING_LIMITS.decisions, 'decisions');
  const id = input.id === undefined ? newId() : checkNewId(input.id, decisions);
  if (input.matter === undefined) throw new SchemaError('invalid_value', 'matter', 'matter is required');
  const { values, texts } = parsePatch(input);
  const placement = placeBefore(itemDecisions(doc, itemId), undefined);
  doc.transact(() => {
    writeDecision(decisions, id, itemId, values, texts);
    writeOrder(decisions, id, placement);
  }, origin);
  return id;
}

/** Changes what people write in a decision (MTG22); texts change only in their changed middle, so concurrent typing survives (TXT2). */
export function updateDecision(doc: Y.Doc, decisionId: string, patch: DecisionPatch, origin: unknown = null): void {
  const decision = requireDecision(doc, decisionId);
  requireUnlocked(doc);
  checkKnownKeys(patch, PATCH_KEYS);
  const { values, texts } = parsePatch(patch);
  doc.transact(() => {
    for (const [field, value] of values) {
      if (value === undefined) decision.delete(field);
      else decision.set(field, value);
    }
    for (const [field, value] of texts) {
      const text = decision.get(field);
      if (text instanceof Y.Text) replaceText(text, value);
      else decision.set(field, new Y.Text(value));
    }
  }, origin);
}

/** Removes a decision not yet numbered (MTG24). */
export function removeDecision(doc: Y.Doc, decisionId: string, origin: unknown = null): void {
  requireUnnumbered(requireDecision(doc, decisionId));
  requireUnlocked(doc);
  doc.transact(() => getDecisions(doc).delete(decisionId), origin);
}

/**
 * Moves a decision not yet numbered to `toIndex` among the decisions of `options.itemId` (its own
 * item when absent) without it (MTG23, ORD3).
 */
export function moveDecision(doc: Y.Doc, decisionId: string, toIndex: number, options: { itemId?: string } = {}, origin: unknown = null): void {
  const decision = requireDecision(doc, decisionId);
  requireUnnumbered(decision);
  requireUnlocked(doc);
  const own: unknown = decision.get('itemId');
  const itemId = options.itemId ?? (typeof own === 'string' ? own : '');
  requireItem(doc, itemId);
  const siblings = itemDecisions(doc, itemId, decisionId);
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex > siblings.length) {
    throw new SchemaError('invalid_value', 'toIndex', `index ${toIndex} is outside 0..${siblings.length}`);
  }
  const placement = placeBefore(siblings, siblings[toIndex]?.id);
  const decisions = getDecisions(doc);
  doc.transact(() => {
    if (itemId !== own) decision.set('itemId', itemId);
    writeOrder(decisions, decisionId, placement);
  }, origin);
}

/**
 * Adds a "Rättelse" of a numbered decision to approved minutes and returns its id (MTG29): a new
 * entry in the decision's item, after its decisions, with the decision's ärende and `text`, that
 * refers to it by `correctionOf`; never an edit in place. Only approved minutes take one.
 */
export function addCorrection(doc: Y.Doc, decisionId: string, text: string, origin: unknown = null): string {
  const original = requireDecision(doc, decisionId);
  if (!isLocked(doc)) throw new SchemaError('meeting_state', 'minutes', 'a correction is added only to approved minutes');
  if (!original.has('paragraph') || original.has('correctionOf')) throw new SchemaError('invalid_value', 'decisionId', 'only a numbered decision is corrected');
  const decisions = getDecisions(doc);
  requireMeetingRoom(decisions.size, MEETING_LIMITS.decisions, 'decisions');
  const body = parseField(decisionTextInput, 'text', text);
  const itemId = parseField(decisionFields, 'itemId', original.get('itemId'));
  const matter = parseField(decisionFields, 'matter', original.get('matter'));
  const id = newId();
  const placement = placeBefore(itemDecisions(doc, itemId), undefined);
  doc.transact(() => {
    writeDecision(decisions, id, itemId, [['matter', matter], ['correctionOf', decisionId]], [['text', body]]);
    writeOrder(decisions, id, placement);
  }, origin);
  return id;
}
