import * as Y from 'yjs';
import type { z } from 'zod';
import { isValidId } from '../ids.ts';
import { holdsContent, holdsListContent, isPlainMap } from '../schema/plainTypes.ts';
import { checkValues, type SchemaIssue } from '../schema/validateCard.ts';
import { getAgenda, getAttendees, getDecisions, getMeetingMeta, getMinutes, getProgress, getRun } from './meetingDoc.ts';
import {
  DECISION_TEXT_CAPS,
  DECISION_TEXT_FIELDS,
  ITEM_TEXT_CAPS,
  ITEM_TEXT_FIELDS,
  REQUIRED,
  approvalTime,
  attendeeFields,
  decisionFields,
  itemFields,
  meetingMetaFields,
  progressFields,
  runFields,
  minutesFields,
} from './meetingFields.ts';
import { MEETING_KIND, MEETING_LIMITS, MEETING_SCHEMA_VERSION, MEETING_TOP_LEVEL } from './meetingSchema.ts';

export type { SchemaIssue } from '../schema/validateCard.ts';

/** Narrows validateMeeting to part of the agenda; everything else is always checked in full. */
export interface MeetingScope {
  /** Check only these agenda items (the ones an update touched); absent ids are skipped. All when absent. */
  items?: Iterable<string>;
}

type Issues = SchemaIssue[];

/** MTG1: only the meeting's top-level names hold content, each a map without list content. */
function checkTopLevel(doc: Y.Doc, issues: Issues): boolean {
  doc.share.forEach((type, name) => {
    if (!(MEETING_TOP_LEVEL as readonly string[]).includes(name) && holdsContent(type)) {
      issues.push({ path: name, code: 'unknown_field', message: `unknown top-level type "${name}"` });
    }
  });
  for (const name of MEETING_TOP_LEVEL) {
    try {
      if (holdsListContent(doc.getMap(name))) issues.push({ path: name, code: 'invalid_meeting', message: `"${name}" holds list content` });
    } catch {
      issues.push({ path: name, code: 'invalid_meeting', message: `"${name}" is not a map` });
      return false;
    }
  }
  return true;
}

/** MTG7: a key every settled map holds; missing ones are allowed while an update is pending (ORD5). */
function checkRequired(map: Y.Map<unknown>, keys: readonly string[], path: string, issues: Issues): void {
  for (const key of keys) if (!map.has(key)) issues.push({ path: `${path}.${key}`, code: 'invalid_value', message: `"${key}" is missing` });
}

/** MTG2, MTG4: version, kind and facts. */
function checkMeta(meta: Y.Map<unknown>, issues: Issues): void {
  const version = meta.get('schemaVersion');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > MEETING_SCHEMA_VERSION) {
    issues.push({ path: 'meta.schemaVersion', code: 'invalid_meeting', message: `schemaVersion must be an integer from 1 to ${MEETING_SCHEMA_VERSION}` });
  }
  if (meta.get('kind') !== MEETING_KIND) issues.push({ path: 'meta.kind', code: 'invalid_meeting', message: `kind must be "${MEETING_KIND}"` });
  checkValues(meta, meetingMetaFields, [], 'meta', issues, ['schemaVersion', 'kind']);
  checkRequired(meta, REQUIRED.meta, 'meta', issues);
}

/** MTG8: a map past its count cap. */
function checkCount(map: { size: number }, limit: number, path: string, issues: Issues): void {
  if (map.size > limit) issues.push({ path, code: 'over_limit', message: `${map.size} entries over the limit of ${limit}` });
}

/** One entry of a keyed map of maps: its id (LIM5), its being a plain map (LIM4), its values. */
function checkEntry(entry: unknown, id: string, path: string, fields: Record<string, z.ZodType>, texts: readonly string[], issues: Issues): entry is Y.Map<unknown> {
  if (!isValidId(id)) issues.push({ path, code: 'invalid_value', message: `invalid id "${id}"` });
  if (!isPlainMap(entry)) {
    issues.push({ path, code: 'invalid_value', message: 'must be a Y.Map' });
    return false;
  }
  checkValues(entry, fields, texts, path, issues);
  return true;
}

/** MTG8: an entry's texts within their caps. */
function checkTextCaps(entry: Y.Map<unknown>, caps: Record<string, number>, path: string, issues: Issues): void {
  for (const [field, cap] of Object.entries(caps)) {
    const text = entry.get(field);
    if (text instanceof Y.Text && text.length > cap) issues.push({ path: `${path}.${field}`, code: 'over_limit', message: `${text.length} characters over the limit of ${cap}` });
  }
}

/** MTG6, MTG8: one agenda item, its texts within their caps. */
function checkItem(item: unknown, id: string, settled: boolean, issues: Issues): void {
  const path = `agenda.${id}`;
  if (!checkEntry(item, id, path, itemFields, ITEM_TEXT_FIELDS, issues)) return;
  checkTextCaps(item, ITEM_TEXT_CAPS, path, issues);
  if (settled) checkRequired(item, REQUIRED.item, path, issues);
}

/**
 * MTG13: whether the agenda holds, or once held, `id`. The current item or a progress entry may
 * name an item removed concurrently (COL5's rule), never one the meeting never had. Yjs keeps a
 * removed key's last Item in `_map`, marked deleted (validateDoc's columnEverHeld).
 */
const agendaEverHeld = (agenda: Y.Map<Y.Map<unknown>>, id: string): boolean => agenda.has(id) || agenda._map.has(id);

/** MTG13: the running state. */
function checkRunningState(doc: Y.Doc, settled: boolean, issues: Issues): void {
  const agenda = getAgenda(doc);
  const run = getRun(doc);
  checkValues(run, runFields, [], 'run', issues);
  const current = run.get('currentItem');
  if (settled && typeof current === 'string' && isValidId(current) && !agendaEverHeld(agenda, current)) {
    issues.push({ path: 'run.currentItem', code: 'unknown_item', message: `agenda item "${current}" never existed` });
  }
  const progress = getProgress(doc);
  checkCount(progress, MEETING_LIMITS.progress, 'progress', issues);
  progress.forEach((entry: unknown, id) => {
    const path = `progress.${id}`;
    checkEntry(entry, id, path, progressFields, [], issues);
    if (settled && !agendaEverHeld(agenda, id)) issues.push({ path, code: 'unknown_item', message: `agenda item "${id}" never existed` });
  });
}

/**
 * MTG22, MTG24, MTG29: every decision, its texts within their caps, its item one the agenda holds or
 * held (a concurrent removal is allowed, MTG23), no paragraph given twice, and a correction naming
 * a decision that is no correction itself. All decisions are checked on every update: paragraphs
 * are unique across them.
 */
function checkDecisions(doc: Y.Doc, settled: boolean, issues: Issues): void {
  const decisions = getDecisions(doc);
  const agenda = getAgenda(doc);
  checkCount(decisions, MEETING_LIMITS.decisions, 'decisions', issues);
  const paragraphs = new Map<unknown, string>();
  decisions.forEach((decision: unknown, id) => {
    const path = `decisions.${id}`;
    if (!checkEntry(decision, id, path, decisionFields, DECISION_TEXT_FIELDS, issues)) return;
    checkTextCaps(decision, DECISION_TEXT_CAPS, path, issues);
    const paragraph = decision.get('paragraph');
    if (paragraph !== undefined && paragraphs.has(paragraph)) issues.push({ path: `${path}.paragraph`, code: 'invalid_value', message: `§ ${String(paragraph)} is also "${paragraphs.get(paragraph)}"'s` });
    if (paragraph !== undefined) paragraphs.set(paragraph, id);
    if (!settled) return;
    checkRequired(decision, REQUIRED.decision, path, issues);
    const itemId = decision.get('itemId');
    if (typeof itemId === 'string' && !agendaEverHeld(agenda, itemId)) issues.push({ path: `${path}.itemId`, code: 'unknown_item', message: `agenda item "${itemId}" never existed` });
    const of = decision.get('correctionOf');
    const original: unknown = typeof of === 'string' ? decisions.get(of) : undefined;
    if (of !== undefined && !(original instanceof Y.Map && !original.has('correctionOf'))) issues.push({ path: `${path}.correctionOf`, code: 'unknown_item', message: 'a correction names a decision of the meeting' });
  });
}

/** MTG26, MTG27: the minutes' fields, and approvals keyed by a justerare's id, each an ISO time. */
function checkMinutes(doc: Y.Doc, issues: Issues): void {
  const minutes = getMinutes(doc);
  checkValues(minutes, minutesFields, [], 'minutes', issues, ['approvals']);
  if (!minutes.has('approvals')) return;
  const approvals = minutes.get('approvals');
  if (!isPlainMap(approvals)) {
    issues.push({ path: 'minutes.approvals', code: 'invalid_value', message: 'must be a Y.Map' });
    return;
  }
  checkCount(approvals, MEETING_LIMITS.adjusters, 'minutes.approvals', issues);
  approvals.forEach((at, userId) => {
    const path = `minutes.approvals.${userId}`;
    if (!isValidId(userId)) issues.push({ path, code: 'invalid_value', message: `invalid id "${userId}"` });
    if (!approvalTime.safeParse(at).success) issues.push({ path, code: 'invalid_value', message: 'an approval is an ISO time' });
  });
}

const isEmpty = (doc: Y.Doc): boolean => MEETING_TOP_LEVEL.every((name) => doc.getMap(name).size === 0);

/**
 * Every value of a meeting document against its schema (MTG1–MTG8, MTG13, MTG22–MTG29); [] when valid.
 * Never throws: the server runs it on a scratch copy of every update to a meeting. An empty
 * document is valid (MTG3). With `scope.items` only those agenda items are checked (the ones an
 * update touched), the rest in full: meta, attendees (≤ 200), the running state, decisions, minutes
 * and every count.
 */
export function validateMeeting(doc: Y.Doc, scope: MeetingScope = {}): SchemaIssue[] {
  const issues: Issues = [];
  try {
    if (!checkTopLevel(doc, issues)) return issues;
    if (isEmpty(doc)) return issues;
    const settled = doc.store.pendingStructs === null && doc.store.pendingDs === null;
    checkMeta(getMeetingMeta(doc), issues);
    const attendees = getAttendees(doc);
    checkCount(attendees, MEETING_LIMITS.attendees, 'attendees', issues);
    attendees.forEach((attendee: unknown, id) => {
      const path = `attendees.${id}`;
      if (checkEntry(attendee, id, path, attendeeFields, [], issues) && settled) checkRequired(attendee, REQUIRED.attendee, path, issues);
    });
    const agenda = getAgenda(doc);
    checkCount(agenda, MEETING_LIMITS.items, 'agenda', issues);
    if (!scope.items) agenda.forEach((item: unknown, id) => checkItem(item, id, settled, issues));
    else for (const id of scope.items) if (agenda.has(id)) checkItem(agenda.get(id), id, settled, issues);
    checkRunningState(doc, settled, issues);
    checkDecisions(doc, settled, issues);
    checkMinutes(doc, issues);
  } catch (error) {
    issues.push({ path: '', code: 'invalid_meeting', message: `document could not be read: ${(error as Error).message}` });
  }
  return issues;
}
