import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { notesWithSummary, placeChangeSummary } from '../../../shared/changes/placeChangeSummary.ts';
import { addAgendaItem, setItemNotes } from '../../../shared/meeting/agendaOps.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { SchemaError } from '../../../shared/schema/errors.ts';
import { docFrom } from '../helpers/boards.ts';
import { editConcurrently } from '../helpers/sync.ts';
import { makeMeeting, makeMeetingBase, threeItems } from '../meeting/helpers/meetings.ts';

const HEADING = 'Ändringar på Åtgärder';
const note = (lines: string[]) => ({ boardId: 'atgarder', heading: HEADING, text: [HEADING, ...lines].join('\n'), itemTitle: HEADING });
const itemOf = (doc: Y.Doc, id: string) => readMeeting(doc).agenda.find((item) => item.id === id)!;

describe('the change summary on the next meeting’s agenda', () => {
  it('[CHG10] goes into the notes of the first item linking the board, itself or through a card, after what they held', () => {
    const doc = makeMeeting((d) => {
      threeItems(d);
      addAgendaItem(d, { id: 'i4', title: 'Kort', minutes: 5, kind: 'information', cards: [{ board: 'atgarder', card: 'kir' }] });
      addAgendaItem(d, { id: 'i5', title: 'Tavlan', minutes: 5, kind: 'information', boards: ['atgarder'], notes: 'Föredras av Anna.' });
    });
    expect(placeChangeSummary(doc, note(['- Kirurgins kort: Nytt kort']))).toEqual({ itemId: 'i4', added: false });
    expect(itemOf(doc, 'i4').notes).toBe(`${HEADING}\n- Kirurgins kort: Nytt kort`);

    setItemNotes(doc, 'i4', 'Föredras av Anna.');
    placeChangeSummary(doc, note(['- Kirurgins kort: Nytt kort']));
    expect(itemOf(doc, 'i4').notes).toBe(`Föredras av Anna.\n\n${HEADING}\n- Kirurgins kort: Nytt kort`);
    expect(itemOf(doc, 'i5').notes).toBe('Föredras av Anna.');
  });

  it('[CHG10] put on again, the summary replaces the earlier one under its heading and leaves the notes around it', () => {
    const notes = `Inledning\n\n${HEADING}\n- Gammal rad\n- Gammal rad 2\n\nAvslutning`;
    expect(notesWithSummary(notes, HEADING, `${HEADING}\n- Ny rad`)).toBe(`Inledning\n\n${HEADING}\n- Ny rad\n\nAvslutning`);
    expect(notesWithSummary(`${HEADING}\n- Gammal`, HEADING, `${HEADING}\n- Ny`)).toBe(`${HEADING}\n- Ny`);
    expect(notesWithSummary('  \n', HEADING, `${HEADING}\n- Ny`)).toBe(`${HEADING}\n- Ny`);
  });

  it('[CHG10] with no item linking the board, a new information item "Ändringar på …" linking it is added last, the summary its notes', () => {
    const doc = makeMeeting(threeItems);
    const placed = placeChangeSummary(doc, note(['- Kirurgins kort: Nytt kort']));
    expect(placed.added).toBe(true);
    const agenda = readMeeting(doc).agenda;
    expect(agenda.map((item) => item.id)).toEqual(['i1', 'i2', 'i3', placed.itemId]);
    expect(agenda[3]).toMatchObject({ title: HEADING, kind: 'information', minutes: 5, boards: ['atgarder'], notes: `${HEADING}\n- Kirurgins kort: Nytt kort` });
    // Put on again, it goes into that item.
    expect(placeChangeSummary(doc, note(['- Annan rad']))).toEqual({ itemId: placed.itemId, added: false });
    expect(itemOf(doc, placed.itemId).notes).toBe(`${HEADING}\n- Annan rad`);
  });

  it('[CHG10][TXT2] typing in the item’s notes at the same moment survives the summary, in either order of the updates', () => {
    const base = makeMeetingBase((d) => addAgendaItem(d, { id: 'i1', title: 'Tavlan', minutes: 5, kind: 'information', boards: ['atgarder'], notes: 'Anteckning' }));
    const { updates } = editConcurrently(base, [
      (d) => placeChangeSummary(d, note(['- Kirurgins kort: Nytt kort'])),
      (d) => setItemNotes(d, 'i1', 'Bos anteckning'),
    ]);
    for (const order of [[0, 1], [1, 0]]) {
      const doc = docFrom(base, 700);
      for (const index of order) Y.applyUpdate(doc, updates[index]!);
      expect(itemOf(doc, 'i1').notes).toBe(`Bos anteckning\n\n${HEADING}\n- Kirurgins kort: Nytt kort`);
    }
  });

  it('[CHG10] notes that would pass their cap are refused, nothing written', () => {
    const doc = makeMeeting((d) => addAgendaItem(d, { id: 'i1', title: 'Tavlan', minutes: 5, kind: 'information', boards: ['atgarder'], notes: 'x'.repeat(19_990) }));
    expect(() => placeChangeSummary(doc, note(['- Kirurgins kort: Nytt kort']))).toThrow(SchemaError);
    expect(itemOf(doc, 'i1').notes).toBe('x'.repeat(19_990));
  });
});
