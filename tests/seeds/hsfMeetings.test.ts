import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SEED_BOARDS, SEED_ORIGIN } from '../../seeds/buildSeedBoards.ts';
import { SEED_MEETINGS, buildSeedMeeting, buildSeedMeetings } from '../../seeds/buildSeedMeetings.ts';
import { hsfLg202411, hsfLg202504 } from '../../seeds/data/hsfMeetings.ts';
import { hsfFmUppdrag2025 } from '../../seeds/data/hsfFmUppdrag2025.ts';
import { linkedBoardIds, readMeeting } from '../../shared/meeting/readMeeting.ts';
import { validateMeeting } from '../../shared/meeting/validateMeeting.ts';
import { MEETING_SCHEMA_VERSION } from '../../shared/meeting/meetingSchema.ts';
import { documentKind, validateDocument } from '../../shared/validateDocument.ts';
import { isValidId } from '../../shared/ids.ts';
import { readReports } from '../../shared/read/readReports.ts';
import { built } from './seedBoard.ts';
import { meetingContent } from '../shared/meeting/helpers/meetings.ts';
import { documentText, normalise, unbulleted } from './seedDocuments.ts';

/**
 * The "Aktuellt" list that opens a deck, read from the document itself: its first slide (up to
 * the first three blank lines), one "- " line per item, wraps joined. 000 writes "Arbetet med
 * åtgärder," with a trailing comma; an agenda title does not keep it.
 */
function agendaOf(document: string): string[] {
  const [slide = ''] = documentText(document).split(/\n(?:[ \t]*\n){3,}/);
  return slide
    .split(/^- /m)
    .slice(1)
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim().replace(/,$/, ''));
}

const MEETINGS = [
  { seed: hsfLg202504, document: '000', items: 6 },
  { seed: hsfLg202411, document: '001', items: 8 },
] as const;

describe.each(MEETINGS)('seed meeting $seed.id (document $document)', ({ seed, document, items }) => {
  const doc = buildSeedMeeting(seed);
  const meeting = readMeeting(doc);
  const source = normalise(documentText(document));

  it(`holds the document's agenda item by item: ${items} titles, in order`, () => {
    expect(agendaOf(document)).toHaveLength(items);
    expect(meeting.agenda.map((item) => item.title)).toEqual(agendaOf(document));
  });

  it("has the seed's facts and nothing the documents do not give: no start time, place, video link, attendees or presenters", () => {
    expect(meeting.meta).toEqual({ schemaVersion: MEETING_SCHEMA_VERSION, kind: 'meeting', title: seed.title, date: seed.date, group: 'HSF ledningsgrupp' });
    expect(meeting.attendees).toEqual([]);
    for (const item of meeting.agenda) expect(item.presenter).toBeUndefined();
  });

  it('is planned: no running state, no progress', () => {
    expect(meeting.run).toEqual({ status: 'planned' });
    expect(meeting.progress).toEqual({});
  });

  it("gives each item the slide's lines as its notes, each line found in this meeting's document", () => {
    meeting.agenda.forEach((item, i) => expect(item.notes).toBe((seed.items[i]!.notes ?? []).join('\n')));
    const lines = meeting.agenda.flatMap((item) => item.notes.split('\n')).filter((line) => line.length > 0);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => !source.includes(normalise(unbulleted(line))))).toEqual([]);
  });

  it('plans every item in whole minutes between 5 and 30 (the time boxes are Tavla’s)', () => {
    for (const item of meeting.agenda) {
      expect(Number.isInteger(item.minutes)).toBe(true);
      expect(item.minutes).toBeGreaterThanOrEqual(5);
      expect(item.minutes).toBeLessThanOrEqual(30);
    }
  });

  it('links only seed boards, and only cards those boards hold', () => {
    const boards = new Map(SEED_BOARDS.map((b) => [b.id, b]));
    for (const item of meeting.agenda) {
      for (const id of item.boards) expect(boards.has(id), id).toBe(true);
      for (const link of item.cards) {
        const board = boards.get(link.board);
        expect(board, link.board).toBeDefined();
        expect(board!.cards.map((c) => c.id)).toContain(link.card);
      }
    }
  });

  it('passes validateMeeting, and validateDocument as a meeting, never as a board', () => {
    expect(validateMeeting(doc)).toEqual([]);
    expect(documentKind(doc)).toBe('meeting');
    expect(validateDocument(doc, 'meeting')).toEqual([]);
    expect(validateDocument(doc, 'general')).not.toEqual([]);
  });

  it('names items by stable, readable ids', () => {
    expect(meeting.agenda.map((item) => item.id)).toEqual(seed.items.map((item) => item.id));
    for (const item of meeting.agenda) expect(isValidId(item.id)).toBe(true);
  });
});

describe('the kinds and links the seed meetings choose (hsfMeetings.ts says why)', () => {
  const april = readMeeting(buildSeedMeeting(hsfLg202504));
  const november = readMeeting(buildSeedMeeting(hsfLg202411));
  const kinds = (agenda: typeof april.agenda) => agenda.map((item) => `${item.kind}: ${item.title}`);

  it('April: information, except "Arbetet med åtgärder", a discussion', () => {
    expect(kinds(april.agenda)).toEqual([
      'information: COSMIC',
      'discussion: Arbetet med åtgärder',
      'information: Civil beredskap och säkerhet',
      'information: Sommarplanering, status',
      'information: Medialt',
      'information: Dialogmöte i maj med SoS gällande statsbidraget ”Tillgänglighet”',
    ]);
  });

  it('November: the go-live proposal is a decision; the targeted savings and the satellite material are discussions', () => {
    expect(kinds(november.agenda)).toEqual([
      'information: Dialog med revisionen',
      'discussion: Verksamhetsplanering, budget och bemanning, åtgärder',
      'decision: Cosmic',
      'information: Facklig samverkan; Aktuellt i media',
      'information: Produktion och tillgänglighet',
      'discussion: Satellitsystemet Nus',
      'information: Rekryteringar, OC LSO2; VC Läkemedelscentrum; VC Ögon',
      'information: Info från HSD-möte SKR 28-29/11',
    ]);
    expect(november.agenda.find((item) => item.kind === 'decision')?.notes).toContain('Förslagen dag: onsdag den 9 April, kl 05.00');
  });

  it('"Arbetet med åtgärder" shows the measures board and the council assignments, linking the assignment whose March status opens the section', () => {
    const atgarder = april.agenda.find((item) => item.title === 'Arbetet med åtgärder')!;
    expect(atgarder.boards).toEqual(['hsf-atgarder', 'hsf-fm-uppdrag-2025']);
    expect(atgarder.cards).toEqual([{ board: 'hsf-fm-uppdrag-2025', card: 'personalkostnad-hsn' }]);
    const assignments = built(hsfFmUppdrag2025);
    expect(assignments.board.cards.find((c) => c.id === 'personalkostnad-hsn')?.title).toBe('Minska personalkostnaden HSN');
    expect(readReports(assignments.doc, 'personalkostnad-hsn').map((r) => r.month)).toContain('2025-03');
    // The link is the only one of the April meeting.
    expect(april.agenda.filter((item) => item.boards.length + item.cards.length > 0).map((item) => item.id)).toEqual(['atgarder']);
    expect(linkedBoardIds(buildSeedMeeting(hsfLg202504))).toEqual(['hsf-atgarder', 'hsf-fm-uppdrag-2025']);
  });

  it('November predates both boards and links none', () => {
    expect(linkedBoardIds(buildSeedMeeting(hsfLg202411))).toEqual([]);
  });

  it('dates: April after the go-live of 23/4 and before May; November on the last day of the SKR meeting of 28-29/11', () => {
    expect(april.meta.date).toBe('2025-04-29');
    expect(november.meta.date).toBe('2024-11-29');
  });
});

describe('buildSeedMeetings', () => {
  const meetings = buildSeedMeetings();

  it('builds the two meetings, newest first, under stable ids that no seed board takes', () => {
    expect(meetings.map((m) => m.id)).toEqual(['hsf-lg-2025-04', 'hsf-lg-2024-11']);
    expect(SEED_MEETINGS.map((m) => m.id)).toEqual(['hsf-lg-2025-04', 'hsf-lg-2024-11']);
    for (const { id } of meetings) {
      expect(isValidId(id)).toBe(true);
      expect(SEED_BOARDS.map((b) => b.id)).not.toContain(id);
    }
  });

  it('gives the same documents when built twice', () => {
    const again = buildSeedMeetings();
    meetings.forEach(({ doc }, i) => {
      expect(meetingContent(again[i]!.doc)).toEqual(meetingContent(doc));
      expect(readMeeting(again[i]!.doc)).toEqual(readMeeting(doc));
    });
  });

  it('survives the trip through an encoded update, as storage would keep it', () => {
    for (const { doc } of meetings) {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
      expect(meetingContent(copy)).toEqual(meetingContent(doc));
      expect(validateMeeting(copy)).toEqual([]);
    }
  });

  it("writes every transaction with the origin 'seed'", () => {
    const doc = new Y.Doc();
    const origins = new Set<unknown>();
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.add(tr.origin));
    buildSeedMeeting(hsfLg202504, doc);
    expect([...origins]).toEqual([SEED_ORIGIN]);
  });
});
