// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { addDecision } from '../../../shared/meeting/decisionOps.ts';
import { addAttendee } from '../../../shared/meeting/meetingOps.ts';
import { approve, setAdjusters, setMinutesField } from '../../../shared/meeting/minutesOps.ts';
import { numberParagraphs } from '../../../shared/meeting/paragraphs.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { endMeeting, startMeeting } from '../../../shared/meeting/runOps.ts';
import { renderMeeting, SERVER_NOW, threeItemMeeting } from '../meeting/renderMeeting.tsx';

let members: unknown[] = [];
beforeEach(() => {
  members = [];
  // The facilitator's list of the meeting's members (GET /api/boards/:id/members); nothing else is asked.
  vi.stubGlobal('fetch', (url: string) =>
    String(url).endsWith('/members') ? Promise.resolve(new Response(JSON.stringify(members), { status: 200 })) : Promise.reject(new Error('no server in this test')),
  );
  Element.prototype.scrollIntoView = () => {};
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ANNA = { userId: 'u-anna', name: 'Anna Berg' };
const BO = { userId: 'u-bo', name: 'Bo Ek' };

/** The three-item meeting, ended, with § 12 in Ekonomi, attendees, a chair and two justerare. */
function endedMeeting(options: { numbered?: boolean } = {}): Y.Doc {
  const doc = threeItemMeeting();
  addAttendee(doc, { name: 'Anna Berg', attendance: 'room' });
  addAttendee(doc, { name: 'Bo Ek', attendance: 'remote' });
  addAttendee(doc, { name: 'Cecilia Frånvarande', attendance: 'absent' });
  addDecision(doc, 'item-a', { id: 'd1', matter: 'Budget 2026', background: 'Ramarna är satta.', text: 'att fastställa budgeten', responsible: ['Anna Berg'], sendTo: ['Ekonomienheten', 'HR'] });
  startMeeting(doc, SERVER_NOW);
  endMeeting(doc, SERVER_NOW + 60_000);
  if (options.numbered !== false) numberParagraphs(doc, 12);
  setMinutesField(doc, 'chair', 'Anna Berg');
  setMinutesField(doc, 'secretary', 'Eva Sekreterare');
  setAdjusters(doc, [ANNA, BO]);
  return doc;
}

const minutes = (): HTMLElement => screen.getByRole('region', { name: 'Protokoll' });
const spoken = (): string => `${screen.getByTestId('live-polite').textContent}`.replaceAll('\u00a0', '');
const fact = (region: HTMLElement, label: string): string | null | undefined => within(region).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('[MTP13] [MTG26] the minutes on the meeting page', () => {
  it('read, once the meeting has ended, with the heading, who was there, the roles and each paragraph, with links to print and download', () => {
    renderMeeting(endedMeeting(), { canEdit: false, canRun: false });
    const region = minutes();
    expect(within(region).getByText('Ledningsgrupp', { selector: '.minutes-title' })).toBeTruthy();
    expect(fact(region, 'Datum')).toBe('2025-05-27');
    expect(fact(region, 'Närvarande i rummet')).toBe('Anna Berg');
    expect(fact(region, 'Närvarande på distans')).toBe('Bo Ek');
    expect(fact(region, 'Frånvarande')).toBe('Cecilia Frånvarande');
    expect(fact(region, 'Ordförande')).toBe('Anna Berg');
    expect(fact(region, 'Sekreterare')).toBe('Eva Sekreterare');
    expect(fact(region, 'Justerare')).toBe('Anna Berg, Bo Ek');
    const paragraph = within(region).getByRole('heading', { name: '§ 12 Budget 2026' });
    expect(paragraph.tagName).toBe('H4');
    expect(within(region).getByRole('heading', { name: '1. Ekonomi' }).tagName).toBe('H3');
    expect(within(region).getByText('Första raden')).toBeTruthy();
    expect(within(region).getByRole('link', { name: 'Utskriftsvy' }).getAttribute('href')).toBe('/m/meeting-1/protokoll');
    expect(within(region).getByRole('link', { name: 'Ladda ned protokollet (Word)' }).getAttribute('href')).toBe('/api/meetings/meeting-1/minutes.docx');
    expect(within(region).getByRole('link', { name: 'Protokollsutdrag till HR, § 12 (Word)' }).getAttribute('href')).toBe('/api/meetings/meeting-1/minutes/d1/extract.docx?to=HR');
    expect(within(region).getByText('Bo Ek: ej justerat')).toBeTruthy();
    expect(within(region).queryByRole('button')).toBeNull();
  });

  it('scrolls to the paragraph a card’s decision line links to (#decision-<id>)', () => {
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    window.location.hash = '#decision-d1';
    renderMeeting(endedMeeting(), { canEdit: false, canRun: false });
    window.location.hash = '';
    expect(scrolled.map((element) => element.id)).toContain('decision-d1');
    expect(within(document.getElementById('decision-d1')!).getByRole('heading').textContent).toBe('§ 12 Budget 2026');
  });

  it('[MTS18] offers the facilitator "Numrera nu" while a decision has no paragraph, and no one else', () => {
    renderMeeting(endedMeeting({ numbered: false }), { canEdit: true, canRun: true });
    expect(within(minutes()).getByRole('button', { name: 'Numrera nu' })).toBeTruthy();
    cleanup();
    renderMeeting(endedMeeting({ numbered: false }), { canEdit: true, canRun: false });
    expect(within(minutes()).queryByRole('button', { name: 'Numrera nu' })).toBeNull();
    cleanup();
    renderMeeting(endedMeeting(), { canEdit: true, canRun: true });
    expect(within(minutes()).queryByRole('button', { name: 'Numrera nu' })).toBeNull();
  });

  it('is not there before the meeting ends', () => {
    renderMeeting(threeItemMeeting(), { canEdit: true, canRun: true });
    expect(screen.queryByRole('region', { name: 'Protokoll' })).toBeNull();
  });

  it('lets an editor change the chair while a draft', () => {
    const doc = endedMeeting();
    renderMeeting(doc, { canEdit: true, canRun: false });
    const chair = within(minutes()).getByRole('textbox', { name: 'Ordförande' });
    fireEvent.change(chair, { target: { value: 'Bo Ek' } });
    fireEvent.blur(chair);
    expect(readMeeting(doc).minutes.chair).toBe('Bo Ek');
    // The justerare are the facilitator's to choose (the members list is theirs, ROLE7).
    expect(within(minutes()).queryByRole('group', { name: /^Justerare/ })).toBeNull();
  });

  it('lets the facilitator choose the justerare among the members who may approve', async () => {
    members = [
      { userId: 'u-anna', displayName: 'Anna Berg', role: 'editor', scope: [] },
      { userId: 'u-cia', displayName: 'Cia Läsare', role: 'viewer', scope: [] },
      { userId: 'u-dan', displayName: 'Dan Ledare', role: 'facilitator', scope: [] },
    ];
    const doc = endedMeeting();
    act(() => setAdjusters(doc, [ANNA]));
    renderMeeting(doc, { canEdit: true, canRun: true });
    const picker = await within(minutes()).findByRole('group', { name: 'Justerare (högst 4)' });
    expect(within(picker).getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual(['Anna Berg', 'Dan Ledare']);
    fireEvent.click(within(picker).getByRole('checkbox', { name: 'Dan Ledare' }));
    expect(readMeeting(doc).minutes.adjusters).toEqual([ANNA, { userId: 'u-dan', name: 'Dan Ledare' }]);
    expect(spoken()).toBe('Justerare: Anna Berg, Dan Ledare.');
  });
});

describe('[MTP14] [MTG27] [MTG28] [MTG29] justering', () => {
  it('gives a named justerare "Justera protokollet", approving at the server’s time; the others read who has approved', () => {
    const doc = endedMeeting();
    renderMeeting(doc, { canEdit: true, canRun: false, userId: ANNA.userId });
    fireEvent.click(within(minutes()).getByRole('button', { name: 'Justera protokollet' }));
    expect(readMeeting(doc).minutes.approvals).toEqual({ [ANNA.userId]: new Date(SERVER_NOW).toISOString() });
    // The button went with the approval; the focus moved to what replaced it (WCAG 2.4.3).
    expect(document.activeElement).toBe(within(minutes()).getByText('Du har justerat protokollet.'));
    expect(within(minutes()).queryByRole('button', { name: 'Justera protokollet' })).toBeNull();
    expect(within(minutes()).getByText('Bo Ek: ej justerat')).toBeTruthy();
    expect(within(minutes()).getByText(/^Anna Berg: justerat \d{4}-\d{2}-\d{2}$/)).toBeTruthy();
  });

  it('[MTG31] dates an approval by Sweden’s calendar: at 01:30 Swedish time it is that day’s, not the day before as UTC or New York read it', () => {
    const doc = endedMeeting();
    approve(doc, BO.userId, '2025-05-27T23:30:00.000Z');
    renderMeeting(doc, { canEdit: false, canRun: false });
    expect(within(minutes()).getByText('Bo Ek: justerat 2025-05-28')).toBeTruthy();
  });

  it('waits for every decision to have its paragraph before a justerare may approve', () => {
    renderMeeting(endedMeeting({ numbered: false }), { canEdit: true, canRun: false, userId: ANNA.userId });
    expect((within(minutes()).getByRole('button', { name: 'Justera protokollet' }) as HTMLButtonElement).disabled).toBe(true);
    expect(within(minutes()).getByText('Alla beslut får sina paragrafnummer innan protokollet justeras.')).toBeTruthy();
  });

  it('when all have approved, says the minutes are locked, takes the editing away and offers "Rättelse", shown after its paragraph', () => {
    const doc = endedMeeting();
    addDecision(doc, 'item-a', { id: 'd2', matter: 'Lokaler' });
    act(() => void numberParagraphs(doc, 13));
    renderMeeting(doc, { canEdit: true, canRun: true, userId: ANNA.userId });
    expect(screen.getAllByRole('button', { name: 'Nytt beslut' }).length).toBeGreaterThan(0);
    fireEvent.click(within(minutes()).getByRole('button', { name: 'Justera protokollet' }));
    act(() => approve(doc, BO.userId, new Date(SERVER_NOW).toISOString()));

    expect(spoken()).toBe('Protokollet är justerat och låst.');
    expect(within(minutes()).getByText('Protokollet är justerat och låst. Ändringar görs som rättelser.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Nytt beslut' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Redigera beslutet/ })).toBeNull();
    expect(within(minutes()).queryByRole('textbox', { name: 'Ordförande' })).toBeNull();

    fireEvent.click(within(minutes()).getByRole('button', { name: 'Rättelse till § 12 Budget 2026' }));
    fireEvent.click(within(minutes()).getByRole('button', { name: 'Lägg till rättelsen' }));
    expect(within(minutes()).getByText('Skriv rättelsen.')).toBeTruthy();
    fireEvent.change(within(minutes()).getByRole('textbox', { name: 'Rättelse till § 12' }), { target: { value: 'att fastställa budgeten med 2 % lägre ram' } });
    fireEvent.click(within(minutes()).getByRole('button', { name: 'Lägg till rättelsen' }));
    expect(spoken()).toBe('Rättelsen till § 12 är tillagd.');
    const headings = within(minutes())
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['§ 12 Budget 2026', 'Rättelse till § 12 Budget 2026', '§ 13 Lokaler']);
  });

  it('[MTG29] keeps the focus off the page when the Rättelse form closes (WCAG 2.4.3): cancelled, on its button; added, on the new entry', () => {
    const doc = endedMeeting();
    act(() => {
      approve(doc, ANNA.userId, new Date(SERVER_NOW).toISOString());
      approve(doc, BO.userId, new Date(SERVER_NOW).toISOString());
    });
    renderMeeting(doc, { canEdit: true, canRun: false });
    const open = (): void => {
      fireEvent.click(within(minutes()).getByRole('button', { name: 'Rättelse till § 12 Budget 2026' }));
    };
    open();
    fireEvent.click(within(minutes()).getByRole('button', { name: 'Avbryt' }));
    expect(document.activeElement).toBe(within(minutes()).getByRole('button', { name: 'Rättelse till § 12 Budget 2026' }));

    open();
    fireEvent.change(within(minutes()).getByRole('textbox', { name: 'Rättelse till § 12' }), { target: { value: 'att fastställa budgeten med 2 % lägre ram' } });
    fireEvent.click(within(minutes()).getByRole('button', { name: 'Lägg till rättelsen' }));
    const entry = within(minutes()).getByRole('heading', { name: 'Rättelse till § 12 Budget 2026' }).closest('article');
    expect(entry).not.toBeNull();
    expect(document.activeElement).toBe(entry);
  });
});
