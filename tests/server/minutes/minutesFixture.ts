import * as Y from 'yjs';
import { addAgendaItem, setItemNotes } from '../../../shared/meeting/agendaOps.ts';
import { addAttendee } from '../../../shared/meeting/attendeeOps.ts';
import { addCorrection, addDecision } from '../../../shared/meeting/decisionOps.ts';
import { initMeeting } from '../../../shared/meeting/initMeeting.ts';
import { approve, setAdjusters, setMinutesField } from '../../../shared/meeting/minutesOps.ts';
import { numberParagraphs } from '../../../shared/meeting/paragraphs.ts';
import { endMeeting, startMeeting } from '../../../shared/meeting/runOps.ts';

/** 09:00 and 11:42 Swedish summer time on 2025-06-18. */
export const STARTED = Date.parse('2025-06-18T07:00:00Z');
export const ENDED = Date.parse('2025-06-18T09:42:00Z');

/**
 * Writes the June meeting of HSN's series into `doc`: three attendees, two items with notes, three
 * decisions numbered from § 12, and the minutes' names. Approved by both justerare when `approved`.
 */
export function writeJuneMeeting(doc: Y.Doc, options: { approved?: boolean; corrected?: boolean } = {}): void {
  writeJuneContent(doc, options);
}

/** The June meeting's facts, as POST /api/meetings takes them. */
export const JUNE = { title: 'Hälso- och sjukvårdsnämnden, juni', date: '2025-06-18', startTime: '09:00', place: 'Regionens hus, sal 3', group: 'HSN' } as const;

function writeJuneContent(doc: Y.Doc, options: { approved?: boolean; corrected?: boolean; created?: boolean }): void {
  if (!options.created) initMeeting(doc, JUNE);
  addAttendee(doc, { id: 'a1', name: 'Anna Sundén', attendance: 'room' });
  addAttendee(doc, { id: 'a2', name: 'Bo Ek', attendance: 'remote' });
  addAttendee(doc, { id: 'a3', name: 'Cecilia Holm', attendance: 'absent' });
  addAgendaItem(doc, { id: 'i1', title: 'Åtgärder i ekonomi i balans', minutes: 20, kind: 'decision' });
  addAgendaItem(doc, { id: 'i2', title: 'Fullmäktigeuppdragen', minutes: 15, kind: 'decision' });
  setItemNotes(doc, 'i1', 'Genomgång av åtgärderna.\nSumma 157 000 tkr.');
  addDecision(doc, 'i1', { id: 'd1', matter: 'Minska personalkostnaden', background: 'Underskott 2025.', text: 'att godkänna åtgärden\natt återrapportera i augusti', responsible: ['Anna Sundén'], deadline: '2025-08-31', sendTo: ['HR-direktören', 'Ekonomidirektören'] });
  addDecision(doc, 'i1', { id: 'd2', matter: 'Översyn av hyror', text: 'att utreda' });
  addDecision(doc, 'i2', { id: 'd3', matter: 'Rapport om vårdköer', text: 'att lägga rapporten till handlingarna' });
  startMeeting(doc, STARTED);
  endMeeting(doc, ENDED);
  numberParagraphs(doc, 12);
  setMinutesField(doc, 'chair', 'Anna Sundén');
  setMinutesField(doc, 'secretary', 'Per Lind');
  setAdjusters(doc, [{ userId: 'u-bo', name: 'Bo Ek' }, { userId: 'u-eva', name: 'Eva Nord' }]);
  if (!options.approved) return;
  approve(doc, 'u-bo', '2025-06-19T22:30:00Z');
  approve(doc, 'u-eva', '2025-06-20T08:00:00Z');
  if (options.corrected) addCorrection(doc, 'd1', 'att återrapportera i september');
}

/** Writes everything of the June meeting but its facts into `doc`, a meeting made with JUNE (POST /api/meetings). */
export function writeJuneAfterCreation(doc: Y.Doc, options: { approved?: boolean } = {}): void {
  writeJuneContent(doc, { ...options, created: true });
}

/** A new document holding the June meeting. */
export function juneMeeting(options: { approved?: boolean; corrected?: boolean } = {}): Y.Doc {
  const doc = new Y.Doc();
  writeJuneMeeting(doc, options);
  return doc;
}
