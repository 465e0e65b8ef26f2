import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { linkedBoardIds, meetingSummary, readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { addAgendaItem, updateAgendaItem } from '../../../shared/meeting/meetingOps.ts';
import { getAgenda, getAttendees, getMeetingMeta, getProgress, getRun } from '../../../shared/meeting/meetingDoc.ts';
import { endMeeting, goToItem, startMeeting } from '../../../shared/meeting/runOps.ts';
import { makeMeeting, threeItems } from './helpers/meetings.ts';

describe('readMeeting', () => {
  it('[MTG3] reads an empty document as a planned meeting with nothing in it', () => {
    expect(readMeeting(new Y.Doc())).toEqual({
      meta: { schemaVersion: 0, kind: 'meeting', title: '', date: '' },
      attendees: [],
      agenda: [],
      run: { status: 'planned' },
      progress: {},
      decisions: { byItem: {}, unplaced: [] },
      minutes: { status: 'draft', adjusters: [], approvals: {} },
    });
    expect(meetingSummary(new Y.Doc())).toEqual({ title: '', date: '', status: 'planned' });
  });

  it('[MTG12] sorts the agenda by (order, id): equal keys by id', () => {
    const doc = makeMeeting(threeItems);
    getAgenda(doc).get('i3')!.set('order', getAgenda(doc).get('i1')!.get('order'));
    expect(readMeeting(doc).agenda.map((i) => i.id)).toEqual(['i1', 'i3', 'i2']);
  });

  it('[MTG12] never throws on values that do not read, and leaves them out or at their defaults', () => {
    const doc = makeMeeting(threeItems);
    doc.transact(() => {
      getMeetingMeta(doc).set('title', 42);
      getAgenda(doc).set('junk', 'not a map' as never);
      const i1 = getAgenda(doc).get('i1')!;
      i1.set('minutes', 'ten');
      i1.set('kind', 'vote');
      i1.set('boards', ['b1', 7]);
      i1.set('cards', [null, { board: 'b1', card: 'c1' }, { board: 1 }]);
      i1.set('presenter', 3);
      getAttendees(doc).set('a', new Y.Map());
      getRun(doc).set('status', 'paused');
      getRun(doc).set('currentItem', 'gone');
      const p = new Y.Map<unknown>();
      getProgress(doc).set('i1', p);
      p.set('elapsedMs', 'long');
      getProgress(doc).set('__proto__', new Y.Map());
    });
    const snapshot = readMeeting(doc);
    expect(snapshot.meta.title).toBe('');
    expect(snapshot.agenda.map((i) => i.id)).toEqual(['i1', 'i2', 'i3']);
    expect(snapshot.agenda[0]).toEqual({ id: 'i1', title: 'COSMIC', minutes: 0, kind: 'information', boards: ['b1'], cards: [{ board: 'b1', card: 'c1' }], notes: '' });
    expect(snapshot.attendees).toEqual([{ id: 'a', name: '', attendance: 'room' }]);
    expect(snapshot.run).toEqual({ status: 'planned' });
    expect(snapshot.progress).toEqual({ i1: { elapsedMs: 0, extraMs: 0, done: false } });
    expect(Object.getPrototypeOf(snapshot.progress)).toBe(Object.prototype);
  });

  it('[MTG12][MTG4] a videoLink that is not http or https, written straight into the document, is not read; an https one is', () => {
    const doc = makeMeeting(threeItems);
    for (const link of ['javascript:alert(document.cookie)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'möte.example/hsf', '']) {
      getMeetingMeta(doc).set('videoLink', link);
      expect(readMeeting(doc).meta, link).not.toHaveProperty('videoLink');
    }
    getMeetingMeta(doc).set('videoLink', 'https://möte.example/hsf');
    expect(readMeeting(doc).meta.videoLink).toBe('https://möte.example/hsf');
  });

  it('[MTG14] only the current item of a running meeting reads as running', () => {
    const doc = makeMeeting(threeItems);
    startMeeting(doc, 1000);
    getProgress(doc).get('i1')!.set('runningSince', 500);
    const stray = new Y.Map<unknown>();
    getProgress(doc).set('i2', stray);
    stray.set('elapsedMs', 0);
    stray.set('extraMs', 0);
    stray.set('done', false);
    stray.set('runningSince', 900);
    expect(readMeeting(doc).progress).toEqual({ i1: { elapsedMs: 0, extraMs: 0, done: false, runningSince: 500 }, i2: { elapsedMs: 0, extraMs: 0, done: false } });
    goToItem(doc, 'i3', 2000);
    endMeeting(doc, 3000);
    getProgress(doc).get('i3')!.set('runningSince', 3000);
    expect(readMeeting(doc).progress.i3!.runningSince).toBeUndefined();
  });

  it('[MTG12] meetingSummary is title, date and status', () => {
    const doc = makeMeeting(threeItems);
    startMeeting(doc, 1000);
    expect(meetingSummary(doc)).toEqual({ title: 'HSF ledningsgrupp, april 2025', date: '2025-04-15', status: 'running' });
  });
});

describe('linkedBoardIds', () => {
  it('[MTG11] lists every board an item links, itself or through a card, once each in agenda order', () => {
    const doc = makeMeeting(threeItems);
    updateAgendaItem(doc, 'i1', { boards: ['hsf-uppdrag'] });
    updateAgendaItem(doc, 'i2', { boards: ['hsf-atgarder', 'hsf-uppdrag'], cards: [{ board: 'hsf-atgarder', card: 'k1' }, { board: 'other', card: 'k2' }] });
    addAgendaItem(doc, { title: 'Utan länkar', minutes: 5, kind: 'information' });
    expect(linkedBoardIds(doc)).toEqual(['hsf-uppdrag', 'hsf-atgarder', 'other']);
    expect(linkedBoardIds(new Y.Doc())).toEqual([]);
  });
});
