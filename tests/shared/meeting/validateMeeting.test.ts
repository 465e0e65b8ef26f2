import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { validateMeeting } from '../../../shared/meeting/validateMeeting.ts';
import { getAgenda, getAttendees, getMeetingMeta, getProgress, getRun } from '../../../shared/meeting/meetingDoc.ts';
import { addAgendaItem, addAttendee, removeAgendaItem } from '../../../shared/meeting/meetingOps.ts';
import { goToItem, startMeeting } from '../../../shared/meeting/runOps.ts';
import { MEETING_LIMITS, MEETING_SCHEMA_VERSION } from '../../../shared/meeting/meetingSchema.ts';
import { issuePaths, makeMeeting, makeMeetingBase, threeItems } from './helpers/meetings.ts';
import { docFrom } from '../helpers/boards.ts';

const T0 = 1_744_700_000_000;

/** A meeting with three items, an attendee and a started run, then `change` written raw (no op checks it). */
function broken(change: (doc: Y.Doc) => void): Y.Doc {
  const doc = makeMeeting((d) => {
    threeItems(d);
    addAttendee(d, { id: 'a1', name: 'Anna', attendance: 'room' });
    startMeeting(d, T0);
  });
  doc.transact(() => change(doc));
  return doc;
}

const item = (doc: Y.Doc, id = 'i1'): Y.Map<unknown> => getAgenda(doc).get(id)!;
const codes = (doc: Y.Doc) => validateMeeting(doc).map((i) => `${i.code} ${i.path}`);

describe('validateMeeting accepts', () => {
  it('[MTG3] an empty document', () => {
    expect(validateMeeting(new Y.Doc())).toEqual([]);
  });

  it('[MTG13] a current item and progress of an item removed since (a concurrent removal)', () => {
    const doc = makeMeeting(threeItems);
    startMeeting(doc, T0);
    goToItem(doc, 'i2', T0 + 1);
    removeAgendaItem(doc, 'i2');
    expect(validateMeeting(doc)).toEqual([]);
    expect(validateMeeting(docFrom(Y.encodeStateAsUpdate(doc), 7))).toEqual([]);
  });
});

describe('validateMeeting refuses', () => {
  it('[MTG1] content under another top-level name, list content in a map, a root that is no map', () => {
    expect(codes(broken((d) => d.getMap('cards').set('x', 1)))).toEqual(['unknown_field cards']);
    expect(codes(broken((d) => d.getArray('notes').push(['x'])))).toEqual(['unknown_field notes']);
    const listed = new Y.Doc();
    listed.getArray('agenda').push(['x']);
    const applied = docFrom(Y.encodeStateAsUpdate(listed), 2);
    expect(codes(applied)).toContain('invalid_meeting agenda');
    const array = new Y.Doc();
    array.getArray('run');
    expect(codes(array)).toEqual(['invalid_meeting run']);
  });

  it('[MTG1] an entry that is no exact Y.Map, or keyed by an invalid or reserved id', () => {
    expect(codes(broken((d) => getAgenda(d).set('i9', 'text' as never)))).toEqual(['invalid_value agenda.i9']);
    expect(codes(broken((d) => getAttendees(d).set('a9', new Y.Text('x') as never)))).toEqual(['invalid_value attendees.a9']);
    expect(codes(broken((d) => getProgress(d).set('i1', new Y.XmlElement() as never)))).toEqual(['invalid_value progress.i1']);
    const withList = broken((d) => {
      const map = new Y.Map<unknown>();
      getAttendees(d).set('a2', map);
      map.set('name', 'Bo');
      map.set('attendance', 'room');
      map.set('order', 'a5');
    });
    expect(validateMeeting(withList)).toEqual([]);
    expect(codes(broken((d) => getAttendees(d).set('bad id!', getAttendees(d).get('a1')!.clone())))).toContain('invalid_value attendees.bad id!');
    expect(codes(broken((d) => getAttendees(d).set('__proto__', getAttendees(d).get('a1')!.clone())))).toContain('invalid_value attendees.__proto__');
  });

  it('[MTG2] a missing, older-than-1 or newer schemaVersion, and a kind other than meeting', () => {
    expect(codes(broken((d) => getMeetingMeta(d).set('schemaVersion', MEETING_SCHEMA_VERSION + 1)))).toEqual(['invalid_meeting meta.schemaVersion']);
    expect(codes(broken((d) => getMeetingMeta(d).set('schemaVersion', 0)))).toEqual(['invalid_meeting meta.schemaVersion']);
    expect(codes(broken((d) => getMeetingMeta(d).set('schemaVersion', '1')))).toEqual(['invalid_meeting meta.schemaVersion']);
    expect(codes(broken((d) => getMeetingMeta(d).delete('schemaVersion')))).toEqual(['invalid_meeting meta.schemaVersion']);
    expect(codes(broken((d) => getMeetingMeta(d).set('kind', 'measures')))).toEqual(['invalid_meeting meta.kind']);
    expect(codes(broken((d) => getMeetingMeta(d).delete('kind')))).toEqual(['invalid_meeting meta.kind']);
  });

  it('[MTG4] each fact with a bad value, an unknown meta key, a missing title or date', () => {
    const bad: [string, unknown][] = [
      ['title', ' '],
      ['title', 'x'.repeat(501)],
      ['date', '2025-04-31'],
      ['startTime', '9:00'],
      ['place', 'p'.repeat(501)],
      ['videoLink', 'javascript:alert(1)'],
      ['videoLink', `https://x.se/${'a'.repeat(2000)}`],
      ['group', 7],
      ['colour', 'red'],
    ];
    for (const [field, value] of bad) {
      expect(issuePaths(broken((d) => getMeetingMeta(d).set(field, value)))).toEqual([`meta.${field}`]);
    }
    expect(issuePaths(broken((d) => getMeetingMeta(d).set('title', new Y.Text('M'))))).toEqual(['meta.title']);
    expect(issuePaths(broken((d) => getMeetingMeta(d).delete('title')))).toEqual(['meta.title']);
    expect(issuePaths(broken((d) => getMeetingMeta(d).delete('date')))).toEqual(['meta.date']);
  });

  it('[MTG5] an attendee with a bad name, attendance or order, an unknown key, a missing key', () => {
    const attendee = (d: Y.Doc) => getAttendees(d).get('a1')!;
    expect(issuePaths(broken((d) => attendee(d).set('name', '')))).toEqual(['attendees.a1.name']);
    expect(issuePaths(broken((d) => attendee(d).set('name', 'n'.repeat(201))))).toEqual(['attendees.a1.name']);
    expect(issuePaths(broken((d) => attendee(d).set('attendance', 'late')))).toEqual(['attendees.a1.attendance']);
    expect(issuePaths(broken((d) => attendee(d).set('order', '0.5')))).toEqual(['attendees.a1.order']);
    expect(issuePaths(broken((d) => attendee(d).set('role', 'chair')))).toEqual(['attendees.a1.role']);
    expect(issuePaths(broken((d) => attendee(d).delete('attendance')))).toEqual(['attendees.a1.attendance']);
  });

  it('[MTG6] an item with a bad value of each field, or an unknown key', () => {
    const bad: [string, unknown][] = [
      ['order', 'not a key!'],
      ['presenter', 'p'.repeat(201)],
      ['minutes', 0],
      ['minutes', 601],
      ['minutes', 2.5],
      ['kind', 'vote'],
      ['boards', ['b', 'b']],
      ['boards', Array.from({ length: 21 }, (_, i) => `b${i}`)],
      ['boards', 'b1'],
      ['cards', [{ board: 'b', card: 'c' }, { board: 'b', card: 'c' }]],
      ['cards', [{ board: 'b' }]],
      ['cards', [{ board: 'b', card: 'c', x: 1 }]],
      ['carriedFrom', '2025-4-15'],
      ['colour', 'red'],
    ];
    for (const [field, value] of bad) {
      expect(issuePaths(broken((d) => item(d).set(field, value)))).toEqual([`agenda.i1.${field}`]);
    }
  });

  it('[MTG6] item texts that are not plain Y.Text', () => {
    expect(issuePaths(broken((d) => item(d).set('title', 'COSMIC')))).toEqual(['agenda.i1.title']);
    expect(issuePaths(broken((d) => item(d).set('notes', new Y.XmlText('x'))))).toEqual(['agenda.i1.notes']);
    expect(issuePaths(broken((d) => (item(d).get('notes') as Y.Text).insert(0, 'länk', { href: 'javascript:alert(1)' })))).toEqual(['agenda.i1.notes']);
    expect(issuePaths(broken((d) => (item(d).get('notes') as Y.Text).insertEmbed(0, new Y.Map())))).toEqual(['agenda.i1.notes']);
  });

  it('[MTG7] a missing required key once settled, allowed while an update is pending', () => {
    const base = makeMeetingBase();
    const writer = docFrom(base, 5);
    const before = Y.encodeStateVector(writer);
    writer.transact(() => {
      const map = new Y.Map<unknown>();
      getAgenda(writer).set('x', map);
      map.set('title', new Y.Text('X'));
      map.set('notes', new Y.Text());
      map.set('minutes', 5);
      map.set('kind', 'information');
    });
    const withoutOrder = Y.encodeStateAsUpdate(writer, before);
    const mid = Y.encodeStateVector(writer);
    getAgenda(writer).get('x')!.set('order', 'a0');
    const withOrder = Y.encodeStateAsUpdate(writer, mid);
    const mid2 = Y.encodeStateVector(writer);
    getMeetingMeta(writer).set('place', 'Rum 1');
    const later = Y.encodeStateAsUpdate(writer, mid2);

    const reader = docFrom(base, 6);
    Y.applyUpdate(reader, withoutOrder);
    expect(issuePaths(reader)).toEqual(['agenda.x.order']);
    Y.applyUpdate(reader, later);
    expect(reader.store.pendingStructs).not.toBeNull();
    expect(validateMeeting(reader)).toEqual([]);
    Y.applyUpdate(reader, withOrder);
    expect(validateMeeting(reader)).toEqual([]);
    for (const key of ['title', 'minutes', 'kind', 'notes', 'order']) {
      expect(issuePaths(broken((d) => item(d).delete(key)))).toEqual([`agenda.i1.${key}`]);
    }
  });

  it('[MTG8] a count past its cap', () => {
    const many = (map: Y.Map<Y.Map<unknown>>, n: number, fill: (m: Y.Map<unknown>, i: number) => void) => {
      for (let i = 0; i < n; i++) {
        const m = new Y.Map<unknown>();
        map.set(`n${i}`, m);
        fill(m, i);
      }
    };
    const items = broken((d) =>
      many(getAgenda(d), MEETING_LIMITS.items - 2, (m) => {
        m.set('title', new Y.Text('x'));
        m.set('notes', new Y.Text());
        m.set('minutes', 1);
        m.set('kind', 'information');
        m.set('order', 'a0');
      }),
    );
    expect(issuePaths(items)).toEqual(['agenda']);
    const attendees = broken((d) =>
      many(getAttendees(d), MEETING_LIMITS.attendees, (m) => {
        m.set('name', 'N');
        m.set('attendance', 'room');
        m.set('order', 'a0');
      }),
    );
    expect(issuePaths(attendees)).toEqual(['attendees']);
  });

  it('[MTG8] more progress entries than the cap', () => {
    const doc = broken((d) => {
      for (let i = 0; i <= MEETING_LIMITS.progress; i++) {
        const m = new Y.Map<unknown>();
        getAgenda(d).set(`n${i}`, m);
        getAgenda(d).delete(`n${i}`);
        getProgress(d).set(`n${i}`, new Y.Map());
      }
    });
    expect(issuePaths(doc)).toEqual(['progress']);
  });

  it('[MTG8] an item text past its cap', () => {
    expect(codes(broken((d) => (item(d).get('title') as Y.Text).insert(0, 't'.repeat(MEETING_LIMITS.title))))).toEqual(['over_limit agenda.i1.title']);
    expect(codes(broken((d) => (item(d).get('notes') as Y.Text).insert(0, 'n'.repeat(MEETING_LIMITS.notes + 1))))).toEqual(['over_limit agenda.i1.notes']);
    expect(validateMeeting(broken((d) => (item(d).get('notes') as Y.Text).insert(0, 'n'.repeat(MEETING_LIMITS.notes))))).toEqual([]);
  });

  it('[MTG13] run values of the wrong type, an unknown run key, a current item never in the agenda', () => {
    const bad: [string, unknown][] = [
      ['status', 'paused'],
      ['startedAt', -1],
      ['startedAt', Number.POSITIVE_INFINITY],
      ['endedAt', Number.NaN],
      ['endedAt', '2025-04-15T09:00'],
      ['currentItem', 'bad id!'],
      ['currentItem', 3],
      ['owner', 'me'],
    ];
    for (const [field, value] of bad) expect(issuePaths(broken((d) => getRun(d).set(field, value)))).toEqual([`run.${field}`]);
    expect(codes(broken((d) => getRun(d).set('currentItem', 'never')))).toEqual(['unknown_item run.currentItem']);
  });

  it('[MTG13] progress of wrong types, an unknown key, an item never in the agenda', () => {
    const bad: [string, unknown][] = [
      ['elapsedMs', -1],
      ['elapsedMs', '60000'],
      ['runningSince', Number.POSITIVE_INFINITY],
      ['extraMs', -60_000],
      ['done', 'yes'],
      ['note', 'x'],
    ];
    for (const [field, value] of bad) expect(issuePaths(broken((d) => getProgress(d).get('i1')!.set(field, value)))).toEqual([`progress.i1.${field}`]);
    expect(codes(broken((d) => getProgress(d).set('never', new Y.Map())))).toEqual(['unknown_item progress.never']);
  });

  it('[MTG6] with `scope.items` checks only those items, counts and the rest in full', () => {
    const doc = broken((d) => {
      item(d, 'i1').set('minutes', 0);
      getRun(d).set('status', 'paused');
    });
    expect(validateMeeting(doc, { items: ['i2', 'gone'] }).map((i) => i.path)).toEqual(['run.status']);
    expect(validateMeeting(doc, { items: ['i1'] }).map((i) => i.path)).toEqual(['agenda.i1.minutes', 'run.status']);
  });

  it('[MTG1] never throws, reporting a document it cannot read', () => {
    const doc = broken(() => undefined);
    const agenda = getAgenda(doc);
    const forEach = agenda.forEach;
    agenda.forEach = () => {
      throw new Error('boom');
    };
    expect(codes(doc)).toEqual(['invalid_meeting ']);
    agenda.forEach = forEach;
  });

  it('[MTG21] every document the ops make is valid', () => {
    const doc = makeMeeting(threeItems);
    addAgendaItem(doc, { title: 'Länkad', minutes: 15, kind: 'decision', boards: ['hsf-atgarder'], cards: [{ board: 'hsf-atgarder', card: 'k1' }], carriedFrom: '2025-03-18' });
    expect(validateMeeting(doc)).toEqual([]);
  });
});
