import { describe, expect, it } from 'vitest';
import { boardGroup, nextMeeting, previousMeeting, type MeetingListing } from '../../../shared/changes/boardMeetings.ts';

const LG = 'HSF ledningsgrupp';
const meeting = (id: string, facts: Partial<MeetingListing> = {}): MeetingListing => ({ id, title: id, date: '2025-04-29', status: 'planned', boards: [], ...facts });

const april = meeting('april', { status: 'ended', endedAt: '2025-04-29T10:00:00.000Z', group: LG, boards: ['atgarder'] });
const march = meeting('march', { date: '2025-03-25', status: 'ended', endedAt: '2025-03-25T10:00:00.000Z', group: LG, boards: ['atgarder'] });
const mayOther = meeting('may-other', { date: '2025-05-06', status: 'ended', endedAt: '2025-05-06T12:00:00.000Z', group: 'Annan grupp', boards: ['annan'] });
const mayGroup = meeting('may-group', { date: '2025-05-13', status: 'ended', endedAt: '2025-05-13T12:00:00.000Z', group: LG });
const june = meeting('june', { date: '2025-06-17', group: LG, boards: ['atgarder'] });
const juneEarly = meeting('june-early', { date: '2025-06-10', group: LG });
const juneLinkedLater = meeting('june-later', { date: '2025-06-24', startTime: '09:00', group: LG, boards: ['atgarder'] });

describe('the meetings a board counts from and reports to', () => {
  it('[CHG7] the previous meeting is the one that ended last of those linking the board, whatever the order of the list', () => {
    expect(previousMeeting([march, april, mayOther, june], 'atgarder')?.id).toBe('april');
    expect(previousMeeting([june, mayOther, april, march], 'atgarder')?.id).toBe('april');
  });

  it('[CHG7] a running or planned meeting, or one with no end time, is no previous meeting', () => {
    const running = meeting('running', { date: '2025-05-20', status: 'running', boards: ['atgarder'] });
    const endedNoTime = meeting('no-time', { date: '2025-05-21', status: 'ended', boards: ['atgarder'] });
    expect(previousMeeting([april, running, endedNoTime, june], 'atgarder')?.id).toBe('april');
    expect(previousMeeting([running, june], 'atgarder')).toBeUndefined();
  });

  it('[CHG7] with no ended meeting linking the board, the last ended meeting of its group counts; without a group, none', () => {
    const plannedLinking = meeting('planned', { date: '2025-06-01', group: LG, boards: ['atgarder'] });
    expect(boardGroup([plannedLinking, mayGroup, mayOther], 'atgarder')).toBe(LG);
    expect(previousMeeting([plannedLinking, mayGroup, mayOther], 'atgarder')?.id).toBe('may-group');
    expect(previousMeeting([mayGroup, mayOther], 'atgarder')).toBeUndefined();
  });

  it('[CHG7] the board’s group is that of the latest-dated meeting linking it that has one', () => {
    const moved = meeting('moved', { date: '2025-09-01', group: 'Ny grupp', boards: ['atgarder'] });
    const noGroup = meeting('no-group', { date: '2025-10-01', boards: ['atgarder'], group: ' ' });
    expect(boardGroup([april, moved, noGroup], 'atgarder')).toBe('Ny grupp');
    expect(boardGroup([mayOther], 'atgarder')).toBeUndefined();
  });

  it('[CHG8] the next meeting is the earliest planned one from today that links the board, before an earlier one of the group that does not', () => {
    expect(nextMeeting([juneLinkedLater, june, juneEarly, april], 'atgarder', '2025-05-27')?.id).toBe('june');
    // On the same day, the start time orders them.
    const sameDay = meeting('same-day', { date: '2025-06-17', startTime: '08:00', boards: ['atgarder'] });
    expect(nextMeeting([{ ...june, startTime: '13:00' }, sameDay], 'atgarder', '2025-05-27')?.id).toBe('same-day');
  });

  it('[CHG8] a meeting dated before today, running or ended is no next meeting; with none linking, the group’s earliest counts', () => {
    const past = meeting('past', { date: '2025-05-01', boards: ['atgarder'], group: LG });
    const running = meeting('running', { date: '2025-06-01', status: 'running', boards: ['atgarder'] });
    expect(nextMeeting([past, running, april, juneEarly, mayOther], 'atgarder', '2025-05-27')?.id).toBe('june-early');
    expect(nextMeeting([past, running, april], 'atgarder', '2025-05-27')).toBeUndefined();
    expect(nextMeeting([june], 'atgarder', '2025-06-17')?.id).toBe('june');
  });
});
