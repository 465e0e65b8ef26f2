import { expect } from 'vitest';
import * as Y from 'yjs';
import { initMeeting } from '../../../../shared/meeting/initMeeting.ts';
import { getAgenda, getAttendees, getDecisions, getMeetingMeta, getMinutes, getProgress, getRun } from '../../../../shared/meeting/meetingDoc.ts';
import { readMeeting } from '../../../../shared/meeting/readMeeting.ts';
import { validateMeeting } from '../../../../shared/meeting/validateMeeting.ts';
import type { SchemaErrorCode } from '../../../../shared/schema/errors.ts';
import { addAgendaItem } from '../../../../shared/meeting/agendaOps.ts';
import { docFrom } from '../../helpers/boards.ts';
import { expectRefused } from '../../helpers/refused.ts';

/** Items i1, i2, i3 of 10, 20 and 5 minutes, the agenda most tests start from. */
export function threeItems(doc: Y.Doc): void {
  addAgendaItem(doc, { id: 'i1', title: 'COSMIC', minutes: 10, kind: 'information' });
  addAgendaItem(doc, { id: 'i2', title: 'Arbetet med åtgärder', minutes: 20, kind: 'decision', presenter: 'Anna' });
  addAgendaItem(doc, { id: 'i3', title: 'Civil beredskap', minutes: 5, kind: 'discussion' });
}

/**
 * The state every peer of a test starts from: a meeting written by client 1000, so it never
 * collides with the peers' client ids (1..n), then `setup` on it.
 */
export function makeMeetingBase(setup?: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = 1000;
  initMeeting(doc, { title: 'HSF ledningsgrupp, april 2025', date: '2025-04-15', group: 'HSF ledningsgrupp' });
  setup?.(doc);
  return Y.encodeStateAsUpdate(doc);
}

/** One meeting document, for tests of a single peer. */
export const makeMeeting = (setup?: (doc: Y.Doc) => void): Y.Doc => docFrom(makeMeetingBase(setup), 1);

/** The whole content; the typed accessors first, since Y.Doc.toJSON skips types a doc has not asked for by type. */
export function meetingContent(doc: Y.Doc): unknown {
  getMeetingMeta(doc);
  getAttendees(doc);
  getAgenda(doc);
  getRun(doc);
  getProgress(doc);
  getDecisions(doc);
  getMinutes(doc);
  return doc.toJSON();
}

/** Every doc holds the same content, reads as the same meeting and passes validateMeeting (MTG21). */
export function expectMeetingsConverged(docs: readonly Y.Doc[]): void {
  const [first, ...rest] = docs;
  if (!first) throw new Error('expectMeetingsConverged needs docs');
  const json = meetingContent(first);
  const snapshot = readMeeting(first);
  for (const doc of rest) {
    expect(meetingContent(doc)).toEqual(json);
    expect(readMeeting(doc)).toEqual(snapshot);
  }
  for (const doc of docs) expect(validateMeeting(doc)).toEqual([]);
}

/**
 * Asserts that `run` is refused with a SchemaError of `code` naming `field` and leaves `doc` as it
 * was (DOC6): expectRefused's content and history check, the meeting's maps read first so the
 * content holds them, and the same encoded state after.
 */
export function expectMeetingRefused(doc: Y.Doc, run: () => void, code: SchemaErrorCode, field: string): void {
  meetingContent(doc);
  const before = Y.encodeStateAsUpdate(doc);
  expectRefused(doc, run, code, field);
  expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
}

/** The paths validateMeeting names, for asserting which rule a document breaks. */
export const issuePaths = (doc: Y.Doc): string[] => validateMeeting(doc).map((issue) => issue.path);
