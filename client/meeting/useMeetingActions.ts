import { attemptWrite } from './attemptWrite.ts';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { AgendaItemPatch, NewAgendaItem } from '../../shared/meeting/agendaOps.ts';
import { addAgendaItem, addAttendee, moveAgendaItem, removeAgendaItem, removeAttendee, setAttendance, setMeetingField, updateAgendaItem } from '../../shared/meeting/meetingOps.ts';
import { endMeeting, extendTimer, goToItem, nextItem, pauseTimer, startMeeting, startTimer } from '../../shared/meeting/runOps.ts';
import type { Attendance, MeetingField } from '../../shared/meeting/meetingSchema.ts';

/**
 * Every change the meeting page makes, each one shared/meeting operation. An operation validates
 * before it writes (DOC6, MTG8) and throws a SchemaError when it refuses; the action hands that to
 * `onError` and answers false, so a component only says whether it went through.
 */
export interface MeetingActions {
  setField(field: MeetingField, value: string | undefined): boolean;
  addAttendee(name: string, attendance: Attendance): boolean;
  setAttendance(attendeeId: string, attendance: Attendance): boolean;
  removeAttendee(attendeeId: string): boolean;
  /** The new item's id, or undefined when refused. */
  addItem(item: NewAgendaItem): string | undefined;
  updateItem(itemId: string, patch: AgendaItemPatch): boolean;
  moveItem(itemId: string, toIndex: number): boolean;
  removeItem(itemId: string): boolean;
  /** The facilitator's, stamped with the server's time (MTG17). */
  start(): boolean;
  next(): boolean;
  goTo(itemId: string): boolean;
  startTimer(): boolean;
  pauseTimer(): boolean;
  extend(minutes: number): boolean;
  end(): boolean;
}

/**
 * The running state's own origin: the undo manager tracks the user's origin only, and undoing a
 * step of the running state would write back timestamps minutes old, which the server refuses
 * (MTG17). Running the meeting is therefore never undone, only run on.
 */
const RUN_ORIGIN = Object.freeze({ kind: 'meeting-run' });

/** The meeting's actions over `doc`: edits as `origin` (undoable), running state as its own origin, at `now()` (the server's clock). */
export function useMeetingActions(doc: Y.Doc, origin: unknown, now: () => number, onError: (error: unknown) => void): MeetingActions {
  return useMemo(() => {
    const attempt = attemptWrite(onError);
    return {
      setField: (field, value) => attempt(() => setMeetingField(doc, field, value, origin)),
      addAttendee: (name, attendance) => attempt(() => void addAttendee(doc, { name, attendance }, origin)),
      setAttendance: (id, attendance) => attempt(() => setAttendance(doc, id, attendance, origin)),
      removeAttendee: (id) => attempt(() => removeAttendee(doc, id, origin)),
      addItem(item) {
        let id: string | undefined;
        attempt(() => void (id = addAgendaItem(doc, item, {}, origin)));
        return id;
      },
      updateItem: (id, patch) => attempt(() => updateAgendaItem(doc, id, patch, origin)),
      moveItem: (id, toIndex) => attempt(() => moveAgendaItem(doc, id, toIndex, origin)),
      removeItem: (id) => attempt(() => removeAgendaItem(doc, id, origin)),
      start: () => attempt(() => startMeeting(doc, now(), RUN_ORIGIN)),
      next: () => attempt(() => nextItem(doc, now(), RUN_ORIGIN)),
      goTo: (id) => attempt(() => goToItem(doc, id, now(), RUN_ORIGIN)),
      startTimer: () => attempt(() => startTimer(doc, now(), RUN_ORIGIN)),
      pauseTimer: () => attempt(() => pauseTimer(doc, now(), RUN_ORIGIN)),
      extend: (minutes) => attempt(() => extendTimer(doc, minutes, RUN_ORIGIN)),
      end: () => attempt(() => endMeeting(doc, now(), RUN_ORIGIN)),
    };
  }, [doc, origin, now, onError]);
}
