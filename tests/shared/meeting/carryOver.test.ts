import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { carryOver } from '../../../shared/meeting/carryOver.ts';
import { initMeeting } from '../../../shared/meeting/initMeeting.ts';
import { addAgendaItem, addAttendee, updateAgendaItem, setItemNotes } from '../../../shared/meeting/meetingOps.ts';
import { endMeeting, nextItem, startMeeting } from '../../../shared/meeting/runOps.ts';
import { getItemTitle } from '../../../shared/meeting/meetingDoc.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { validateMeeting } from '../../../shared/meeting/validateMeeting.ts';
import { MEETING_LIMITS } from '../../../shared/meeting/meetingSchema.ts';
import { expectMeetingRefused, makeMeeting, threeItems } from './helpers/meetings.ts';

/** The April meeting, ended on its second item: i1 and i2 done, i3 not; Anna remote, Bo absent. */
function april(): Y.Doc {
  return makeMeeting((d) => {
    threeItems(d);
    updateAgendaItem(d, 'i2', { boards: ['hsf-atgarder'], cards: [{ board: 'hsf-atgarder', card: 'k1' }] });
    setItemNotes(d, 'i2', 'Beslut väntar på FSG');
    addAttendee(d, { name: 'Anna', attendance: 'remote' });
    addAttendee(d, { name: 'Bo', attendance: 'absent' });
    startMeeting(d, 1000);
    nextItem(d, 2000);
    endMeeting(d, 3000);
  });
}

function may(setup?: (doc: Y.Doc) => void): Y.Doc {
  const doc = new Y.Doc();
  initMeeting(doc, { title: 'HSF ledningsgrupp, maj 2025', date: '2025-05-20' });
  setup?.(doc);
  return doc;
}

describe('carryOver', () => {
  it('[MTG20] carries every item not done, in order, with its values, notes and the previous date', () => {
    const previous = april();
    const next = may((d) => addAgendaItem(d, { id: 'own', title: 'Ny punkt', minutes: 10, kind: 'information' }));
    carryOver(previous, next, 'server');
    const agenda = readMeeting(next).agenda;
    expect(agenda.map((i) => i.title)).toEqual(['Ny punkt', 'Civil beredskap']);
    expect(agenda[1]).toMatchObject({ minutes: 5, kind: 'discussion', carriedFrom: '2025-04-15', notes: '' });
    expect(validateMeeting(next)).toEqual([]);
  });

  it('[MTG20] keeps title, presenter, minutes, kind, links and notes; the copy gets a new id', () => {
    const previous = makeMeeting((d) => {
      threeItems(d);
      updateAgendaItem(d, 'i2', { boards: ['hsf-atgarder'], cards: [{ board: 'hsf-atgarder', card: 'k1' }] });
      setItemNotes(d, 'i2', 'Beslut väntar på FSG');
    });
    const next = may();
    carryOver(previous, next);
    const carried = readMeeting(next).agenda;
    expect(carried.map((i) => i.title)).toEqual(['COSMIC', 'Arbetet med åtgärder', 'Civil beredskap']);
    const { id, ...values } = carried[1]!;
    const { id: oldId, ...oldValues } = readMeeting(previous).agenda[1]!;
    expect(values).toEqual({ ...oldValues, carriedFrom: '2025-04-15' });
    expect(values).toMatchObject({ presenter: 'Anna', boards: ['hsf-atgarder'], notes: 'Beslut väntar på FSG' });
    expect(id).not.toBe(oldId);
  });

  it('[MTG20] copies the attendees the next meeting lacks, in the room', () => {
    const next = may((d) => addAttendee(d, { name: 'Bo', attendance: 'remote' }));
    carryOver(april(), next);
    expect(readMeeting(next).attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Bo', 'remote'],
      ['Anna', 'room'],
    ]);
  });

  it('[MTG20] copies a title typed empty as it is', () => {
    const previous = makeMeeting(threeItems);
    const title = getItemTitle(previous, 'i3')!;
    title.delete(0, title.length);
    const next = may();
    carryOver(previous, next);
    expect(readMeeting(next).agenda.map((i) => i.title)).toEqual(['COSMIC', 'Arbetet med åtgärder', '']);
    expect(validateMeeting(next)).toEqual([]);
  });

  it('[MTG20] writes in one transaction, and nothing past a cap', () => {
    const next = may((d) => {
      for (let i = 0; i < MEETING_LIMITS.items - 2; i++) addAgendaItem(d, { title: `P${i}`, minutes: 1, kind: 'information' });
    });
    expectMeetingRefused(next, () => carryOver(makeMeeting(threeItems), next), 'over_limit', 'items');
    const roomy = may();
    let transactions = 0;
    roomy.on('afterTransaction', () => transactions++);
    carryOver(makeMeeting(threeItems), roomy);
    expect(transactions).toBe(1);
  });

  it('[MTG3] refuses when either document is not a meeting', () => {
    const next = may();
    expectMeetingRefused(next, () => carryOver(new Y.Doc(), next), 'invalid_meeting', 'meta');
    const empty = new Y.Doc();
    expectMeetingRefused(empty, () => carryOver(april(), empty), 'invalid_meeting', 'meta');
  });
});
