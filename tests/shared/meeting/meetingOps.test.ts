import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initMeeting } from '../../../shared/meeting/initMeeting.ts';
import {
  addAgendaItem,
  addAttendee,
  moveAgendaItem,
  removeAgendaItem,
  removeAttendee,
  setAttendance,
  setItemNotes,
  setMeetingField,
  updateAgendaItem,
} from '../../../shared/meeting/meetingOps.ts';
import { getAgenda, getItemNotes, getItemTitle } from '../../../shared/meeting/meetingDoc.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { validateMeeting } from '../../../shared/meeting/validateMeeting.ts';
import { MEETING_LIMITS, MEETING_SCHEMA_VERSION } from '../../../shared/meeting/meetingSchema.ts';
import { initBoard } from '../../../shared/ops/board.ts';
import { expectMeetingRefused, makeMeeting, threeItems } from './helpers/meetings.ts';

const order = (doc: Y.Doc): string[] => readMeeting(doc).agenda.map((item) => item.id);

describe('initMeeting', () => {
  it('[MTG2] [MTG4] writes version, kind and the facts in one transaction', () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    initMeeting(doc, { title: 'HSF ledningsgrupp', date: '2025-04-15', startTime: '09:00', place: 'Rum 4', videoLink: 'https://meet.example.se/hsf', group: 'HSF ledningsgrupp' }, 'me');
    expect(transactions).toBe(1);
    expect(readMeeting(doc).meta).toEqual({
      schemaVersion: MEETING_SCHEMA_VERSION,
      kind: 'meeting',
      title: 'HSF ledningsgrupp',
      date: '2025-04-15',
      startTime: '09:00',
      place: 'Rum 4',
      videoLink: 'https://meet.example.se/hsf',
      group: 'HSF ledningsgrupp',
    });
    expect(readMeeting(doc).run).toEqual({ status: 'planned' });
    expect(validateMeeting(doc)).toEqual([]);
  });

  it('[MTG4] refuses a missing or bad title, date, start time or link, writing nothing', () => {
    const doc = new Y.Doc();
    expectMeetingRefused(doc, () => initMeeting(doc, { title: '  ', date: '2025-04-15' }), 'invalid_value', 'title');
    expectMeetingRefused(doc, () => initMeeting(doc, { title: 'x'.repeat(501), date: '2025-04-15' }), 'invalid_value', 'title');
    expectMeetingRefused(doc, () => initMeeting(doc, { title: 'M', date: '2025-02-30' }), 'invalid_value', 'date');
    expectMeetingRefused(doc, () => initMeeting(doc, { title: 'M' } as never), 'invalid_value', 'date');
    expectMeetingRefused(doc, () => initMeeting(doc, { title: 'M', date: '2025-04-15', startTime: '24:00' }), 'invalid_value', 'startTime');
    expectMeetingRefused(doc, () => initMeeting(doc, { title: 'M', date: '2025-04-15', videoLink: 'javascript:alert(1)' }), 'invalid_value', 'videoLink');
    expectMeetingRefused(doc, () => initMeeting(doc, { title: 'M', date: '2025-04-15', videoLink: 'not a url' }), 'invalid_value', 'videoLink');
    expectMeetingRefused(doc, () => initMeeting(doc, { title: 'M', date: '2025-04-15', group: 'g'.repeat(201) }), 'invalid_value', 'group');
  });

  it('[MTG3] refuses a document that already is a meeting or a board', () => {
    const meeting = makeMeeting();
    expectMeetingRefused(meeting, () => initMeeting(meeting, { title: 'M', date: '2025-04-15' }), 'invalid_meeting', 'meta');
    const board = new Y.Doc();
    initBoard(board, { title: 'Åtgärder', kind: 'measures' });
    expectMeetingRefused(board, () => initMeeting(board, { title: 'M', date: '2025-04-15' }), 'invalid_meeting', 'meta');
  });
});

describe('setMeetingField', () => {
  it('[MTG4] sets and clears optional facts; title and date can be changed, not cleared', () => {
    const doc = makeMeeting();
    setMeetingField(doc, 'place', 'Regionhuset');
    setMeetingField(doc, 'title', 'HSF ledningsgrupp, maj');
    setMeetingField(doc, 'date', '2025-05-20');
    expect(readMeeting(doc).meta).toMatchObject({ place: 'Regionhuset', title: 'HSF ledningsgrupp, maj', date: '2025-05-20' });
    setMeetingField(doc, 'place', undefined);
    expect(readMeeting(doc).meta.place).toBeUndefined();
    expectMeetingRefused(doc, () => setMeetingField(doc, 'title', undefined), 'invalid_value', 'title');
    expectMeetingRefused(doc, () => setMeetingField(doc, 'date', undefined), 'invalid_value', 'date');
    expectMeetingRefused(doc, () => setMeetingField(doc, 'date', '15/4'), 'invalid_value', 'date');
  });

  it('[MTG2] refuses kind and schemaVersion, which are no fields', () => {
    const doc = makeMeeting();
    expectMeetingRefused(doc, () => setMeetingField(doc, 'kind' as never, 'measures'), 'unknown_field', 'kind');
    expectMeetingRefused(doc, () => setMeetingField(doc, 'schemaVersion' as never, 2), 'unknown_field', 'schemaVersion');
  });

  it('[MTG3] every operation refuses a document that is not a meeting', () => {
    const empty = new Y.Doc();
    const board = new Y.Doc();
    initBoard(board, { title: 'Åtgärder', kind: 'measures' });
    for (const doc of [empty, board]) {
      expectMeetingRefused(doc, () => setMeetingField(doc, 'place', 'x'), 'invalid_meeting', 'meta');
      expectMeetingRefused(doc, () => addAttendee(doc, { name: 'Anna', attendance: 'room' }), 'invalid_meeting', 'meta');
      expectMeetingRefused(doc, () => addAgendaItem(doc, { title: 'X', minutes: 5, kind: 'information' }), 'invalid_meeting', 'meta');
      expectMeetingRefused(doc, () => removeAgendaItem(doc, 'i1'), 'invalid_meeting', 'meta');
    }
  });
});

describe('attendees', () => {
  it('[MTG5] adds attendees last, changes attendance and removes them', () => {
    const doc = makeMeeting();
    const anna = addAttendee(doc, { name: 'Anna Andersson', attendance: 'room' });
    const bo = addAttendee(doc, { id: 'bo', name: 'Bo Berg', attendance: 'remote' });
    addAttendee(doc, { name: 'Cia Ceder', attendance: 'absent' });
    expect(readMeeting(doc).attendees.map((a) => a.name)).toEqual(['Anna Andersson', 'Bo Berg', 'Cia Ceder']);
    setAttendance(doc, anna, 'remote');
    removeAttendee(doc, bo);
    expect(readMeeting(doc).attendees).toEqual([
      { id: anna, name: 'Anna Andersson', attendance: 'remote' },
      expect.objectContaining({ name: 'Cia Ceder', attendance: 'absent' }),
    ]);
    expect(validateMeeting(doc)).toEqual([]);
  });

  it('[MTG5] refuses a blank name, an unknown attendance, unknown keys and an unknown attendee', () => {
    const doc = makeMeeting();
    const anna = addAttendee(doc, { name: 'Anna', attendance: 'room' });
    expectMeetingRefused(doc, () => addAttendee(doc, { name: ' ', attendance: 'room' }), 'invalid_value', 'name');
    expectMeetingRefused(doc, () => addAttendee(doc, { name: 'Bo', attendance: 'home' as never }), 'invalid_value', 'attendance');
    expectMeetingRefused(doc, () => addAttendee(doc, { name: 'Bo', attendance: 'room', role: 'x' } as never), 'unknown_field', 'role');
    expectMeetingRefused(doc, () => addAttendee(doc, { id: anna, name: 'Bo', attendance: 'room' }), 'invalid_value', 'id');
    expectMeetingRefused(doc, () => setAttendance(doc, anna, 'late' as never), 'invalid_value', 'attendance');
    expectMeetingRefused(doc, () => setAttendance(doc, 'nobody', 'room'), 'unknown_attendee', 'attendeeId');
    expectMeetingRefused(doc, () => removeAttendee(doc, 'nobody'), 'unknown_attendee', 'attendeeId');
  });

  it('[MTG8] refuses the attendee past the cap', () => {
    const doc = makeMeeting((d) => {
      for (let i = 0; i < MEETING_LIMITS.attendees; i++) addAttendee(d, { name: `Person ${i}`, attendance: 'room' });
    });
    expectMeetingRefused(doc, () => addAttendee(doc, { name: 'One more', attendance: 'room' }), 'over_limit', 'attendees');
  });
});

describe('agenda items', () => {
  it('[MTG6] writes an item with its texts as Y.Text and every value', () => {
    const doc = makeMeeting();
    const id = addAgendaItem(doc, {
      title: 'Arbetet med åtgärder',
      presenter: 'Anna',
      minutes: 20,
      kind: 'decision',
      boards: ['hsf-atgarder'],
      cards: [{ board: 'hsf-atgarder', card: 'c1' }],
      notes: 'Beslut om 17 åtgärder',
      carriedFrom: '2025-03-18',
    }, {}, 'me');
    expect(getItemTitle(doc, id)).toBeInstanceOf(Y.Text);
    expect(getItemNotes(doc, id)?.toString()).toBe('Beslut om 17 åtgärder');
    expect(readMeeting(doc).agenda).toEqual([
      { id, title: 'Arbetet med åtgärder', presenter: 'Anna', minutes: 20, kind: 'decision', boards: ['hsf-atgarder'], cards: [{ board: 'hsf-atgarder', card: 'c1' }], notes: 'Beslut om 17 åtgärder', carriedFrom: '2025-03-18' },
    ]);
    expect(validateMeeting(doc)).toEqual([]);
  });

  it('[MTG6] makes empty notes up front, so no peer has to make them later', () => {
    const doc = makeMeeting(threeItems);
    expect(getItemNotes(doc, 'i1')).toBeInstanceOf(Y.Text);
    expect(getItemNotes(doc, 'i1')?.length).toBe(0);
  });

  it('[MTG9] places an item last or after the item named', () => {
    const doc = makeMeeting(threeItems);
    addAgendaItem(doc, { id: 'after1', title: 'Efter COSMIC', minutes: 5, kind: 'information' }, { after: 'i1' });
    addAgendaItem(doc, { id: 'last', title: 'Övrigt', minutes: 5, kind: 'information' }, { after: 'i3' });
    expect(order(doc)).toEqual(['i1', 'after1', 'i2', 'i3', 'last']);
  });

  it('[MTG9] an item placed between two tied keys re-keys the tie in the same transaction', () => {
    const doc = makeMeeting(threeItems);
    getAgenda(doc).get('i2')!.set('order', getAgenda(doc).get('i1')!.get('order'));
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    addAgendaItem(doc, { id: 'mid', title: 'Mellan', minutes: 5, kind: 'information' }, { after: 'i1' });
    expect(transactions).toBe(1);
    expect(order(doc)).toEqual(['i1', 'mid', 'i2', 'i3']);
    expect(new Set(order(doc).map((id) => getAgenda(doc).get(id)!.get('order'))).size).toBe(4);
    moveAgendaItem(doc, 'i3', 1);
    expect(order(doc)).toEqual(['i1', 'i3', 'mid', 'i2']);
  });

  it('[MTG6] refuses bad values by name, an unknown key and an unknown `after`, writing nothing', () => {
    const doc = makeMeeting(threeItems);
    const item = { title: 'X', minutes: 5, kind: 'information' } as const;
    expectMeetingRefused(doc, () => addAgendaItem(doc, { ...item, title: '' }), 'invalid_value', 'title');
    expectMeetingRefused(doc, () => addAgendaItem(doc, { ...item, minutes: 0 }), 'invalid_value', 'minutes');
    expectMeetingRefused(doc, () => addAgendaItem(doc, { ...item, minutes: 2.5 }), 'invalid_value', 'minutes');
    expectMeetingRefused(doc, () => addAgendaItem(doc, { ...item, minutes: 601 }), 'invalid_value', 'minutes');
    expectMeetingRefused(doc, () => addAgendaItem(doc, { ...item, kind: 'vote' as never }), 'invalid_value', 'kind');
    expectMeetingRefused(doc, () => addAgendaItem(doc, { ...item, boards: ['ok', 'ok'] }), 'invalid_value', 'boards');
    expectMeetingRefused(doc, () => addAgendaItem(doc, { ...item, boards: ['__proto__'] }), 'invalid_value', 'boards');
    expectMeetingRefused(doc, () => addAgendaItem(doc, { ...item, cards: [{ board: 'b', card: 'c', extra: 1 } as never] }), 'invalid_value', 'cards');
    expectMeetingRefused(doc, () => addAgendaItem(doc, { ...item, notes: 'n'.repeat(MEETING_LIMITS.notes + 1) }), 'invalid_value', 'notes');
    expectMeetingRefused(doc, () => addAgendaItem(doc, { ...item, presenter: 'p'.repeat(201) }), 'invalid_value', 'presenter');
    expectMeetingRefused(doc, () => addAgendaItem(doc, { ...item, carriedFrom: '2025-13-01' }), 'invalid_value', 'carriedFrom');
    expectMeetingRefused(doc, () => addAgendaItem(doc, { ...item, colour: 'red' } as never), 'unknown_field', 'colour');
    expectMeetingRefused(doc, () => addAgendaItem(doc, { ...item, id: 'i1' }), 'invalid_value', 'id');
    expectMeetingRefused(doc, () => addAgendaItem(doc, item, { after: 'nope' }), 'unknown_item', 'after');
  });

  it('[MTG8] refuses the item past the cap', () => {
    const doc = makeMeeting((d) => {
      for (let i = 0; i < MEETING_LIMITS.items; i++) addAgendaItem(d, { title: `Punkt ${i}`, minutes: 5, kind: 'information' });
    });
    expectMeetingRefused(doc, () => addAgendaItem(doc, { title: 'One more', minutes: 5, kind: 'information' }), 'over_limit', 'items');
  });

  it('[MTG6] updates title, presenter, minutes, kind and links; an empty presenter clears it', () => {
    const doc = makeMeeting(threeItems);
    updateAgendaItem(doc, 'i2', { title: 'Arbetet med åtgärderna', minutes: 25, kind: 'discussion', boards: ['hsf-atgarder'], cards: [{ board: 'hsf-atgarder', card: 'k7' }] });
    updateAgendaItem(doc, 'i2', { presenter: '' });
    const item = readMeeting(doc).agenda[1]!;
    expect(item).toEqual({ id: 'i2', title: 'Arbetet med åtgärderna', minutes: 25, kind: 'discussion', boards: ['hsf-atgarder'], cards: [{ board: 'hsf-atgarder', card: 'k7' }], notes: '' });
    expect(validateMeeting(doc)).toEqual([]);
  });

  it('[MTG6] refuses a bad patch whole: the good parts of it are not written either', () => {
    const doc = makeMeeting(threeItems);
    expectMeetingRefused(doc, () => updateAgendaItem(doc, 'i1', { title: 'Ny', minutes: -1 }), 'invalid_value', 'minutes');
    expectMeetingRefused(doc, () => updateAgendaItem(doc, 'i1', { title: ' ' }), 'invalid_value', 'title');
    expectMeetingRefused(doc, () => updateAgendaItem(doc, 'i1', { notes: 'x' } as never), 'unknown_field', 'notes');
    expectMeetingRefused(doc, () => updateAgendaItem(doc, 'nope', { minutes: 5 }), 'unknown_item', 'itemId');
  });

  it('[MTG6] setItemNotes replaces the notes and refuses past the cap', () => {
    const doc = makeMeeting(threeItems);
    setItemNotes(doc, 'i1', 'COSMIC: driftstart i höst');
    setItemNotes(doc, 'i1', 'COSMIC: driftstart i vår');
    expect(readMeeting(doc).agenda[0]!.notes).toBe('COSMIC: driftstart i vår');
    expectMeetingRefused(doc, () => setItemNotes(doc, 'i1', 'n'.repeat(MEETING_LIMITS.notes + 1)), 'invalid_value', 'notes');
    expectMeetingRefused(doc, () => setItemNotes(doc, 'nope', 'x'), 'unknown_item', 'itemId');
  });

  it('[MTG9] moves an item to an index of the agenda without it', () => {
    const doc = makeMeeting(threeItems);
    moveAgendaItem(doc, 'i3', 0);
    expect(order(doc)).toEqual(['i3', 'i1', 'i2']);
    moveAgendaItem(doc, 'i3', 2);
    expect(order(doc)).toEqual(['i1', 'i2', 'i3']);
    moveAgendaItem(doc, 'i1', 1);
    expect(order(doc)).toEqual(['i2', 'i1', 'i3']);
    expectMeetingRefused(doc, () => moveAgendaItem(doc, 'i1', 3), 'invalid_value', 'toIndex');
    expectMeetingRefused(doc, () => moveAgendaItem(doc, 'i1', -1), 'invalid_value', 'toIndex');
    expectMeetingRefused(doc, () => moveAgendaItem(doc, 'i1', 0.5), 'invalid_value', 'toIndex');
    expectMeetingRefused(doc, () => moveAgendaItem(doc, 'nope', 0), 'unknown_item', 'itemId');
  });

  it('[MTG10] removes an item and writes nothing else', () => {
    const doc = makeMeeting(threeItems);
    const before = Y.encodeStateVector(doc);
    removeAgendaItem(doc, 'i2');
    expect(order(doc)).toEqual(['i1', 'i3']);
    const update = Y.decodeUpdate(Y.encodeStateAsUpdate(doc, before));
    expect(update.structs).toEqual([]);
    expect(getAgenda(doc).has('i2')).toBe(false);
    expectMeetingRefused(doc, () => removeAgendaItem(doc, 'i2'), 'unknown_item', 'itemId');
  });

  it('[DOC6] every op writes in one transaction with the given origin', () => {
    const doc = makeMeeting(threeItems);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const id = addAgendaItem(doc, { title: 'X', minutes: 5, kind: 'information' }, {}, 'o');
    updateAgendaItem(doc, id, { title: 'Y', minutes: 6 }, 'o');
    moveAgendaItem(doc, id, 0, 'o');
    setItemNotes(doc, id, 'n', 'o');
    const a = addAttendee(doc, { name: 'A', attendance: 'room' }, 'o');
    setAttendance(doc, a, 'remote', 'o');
    removeAttendee(doc, a, 'o');
    setMeetingField(doc, 'place', 'P', 'o');
    removeAgendaItem(doc, id, 'o');
    expect(origins).toEqual(Array(9).fill('o'));
  });
});
