// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { goToItem, startMeeting } from '../../../shared/meeting/runOps.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { setItemNotes } from '../../../shared/meeting/meetingOps.ts';
import { relay, renderMeeting, SERVER_NOW, threeItemMeeting } from './renderMeeting.tsx';

beforeEach(() => {
  // The boards an item may link come from GET /api/boards; none here.
  vi.stubGlobal('fetch', () => Promise.reject(new Error('no server in this test')));
  Element.prototype.scrollIntoView = () => {};
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

const REMOTE = { kind: 'remote' };
const agenda = (): HTMLElement => screen.getByRole('region', { name: 'Dagordning' });
const rows = (): HTMLElement[] => within(agenda()).getAllByRole('listitem');
const spoken = (): string => `${screen.getByTestId('live-polite').textContent}`.replaceAll('\u00a0', '');

describe('[MTP4] the meeting page by role', () => {
  it('shows a viewer the meeting and its notes to read, and no control, input or move button', () => {
    renderMeeting(threeItemMeeting(), { canEdit: false, canRun: false });
    expect(rows().map((row) => within(row).getAllByRole('button')[0]!.textContent)).toEqual(['1. Ekonomi', '2. Bemanning', '3. Övrigt']);
    expect(screen.queryByRole('group', { name: 'Styr mötet' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Flytta|^Ta bort|^Gå till/ })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Anteckningar' })).toBeNull();
    expect(screen.getByText('Första raden')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ändra uppgifter' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Visa på projektor' })).toBeNull();
  });

  it('gives an editor the agenda, the facts and the notes to change, but no running control', () => {
    renderMeeting(threeItemMeeting(), { canEdit: true, canRun: false });
    expect(screen.queryByRole('group', { name: 'Styr mötet' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Gå till/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Flytta ned Ekonomi' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Anteckningar' }) as HTMLTextAreaElement).value).toBe('Första raden');
    expect(screen.getByRole('button', { name: 'Ändra uppgifter' })).toBeTruthy();
  });

  it('[MTP1] waits for the server clock before the facilitator may run the meeting', () => {
    renderMeeting(threeItemMeeting(), { canEdit: true, canRun: true, clock: { now: () => SERVER_NOW, ready: false } });
    expect((screen.getByRole('button', { name: 'Starta mötet' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Hämtar serverns tid…')).toBeTruthy();
  });
});

describe('running the meeting [MTG15]', () => {
  it('[MTP2] starts with the server time, not this computer’s, and shows the current item with its presenter and countdown', () => {
    const doc = threeItemMeeting();
    renderMeeting(doc, { canEdit: true, canRun: true });
    fireEvent.click(screen.getByRole('button', { name: 'Starta mötet' }));
    const meeting = readMeeting(doc);
    expect(meeting.run).toMatchObject({ status: 'running', startedAt: SERVER_NOW, currentItem: 'item-a' });
    expect(meeting.progress['item-a']?.runningSince).toBe(SERVER_NOW);
    const now = screen.getByRole('region', { name: 'Just nu' });
    expect(within(now).getByText('1.').parentElement?.textContent).toBe('1. Ekonomi');
    expect(now.textContent).toContain('Föredragande: Anna Berg');
    expect(within(now).getByRole('timer').textContent).toBe('10:00');
    expect(rows()[0]!.getAttribute('aria-current')).toBe('step');
    expect(rows()[0]!.textContent).toContain('Pågår');
    expect(spoken()).toBe('Mötet har startat. Aktuell punkt: 1. Ekonomi');
  });

  it('[MTP4] [MTG19] goes to the next item and to any item, pauses, resumes and extends, and ends after asking; then shows planned against actual', () => {
    const doc = threeItemMeeting();
    let now = SERVER_NOW;
    renderMeeting(doc, { canEdit: true, canRun: true, clock: { now: () => now, ready: true } });
    fireEvent.click(screen.getByRole('button', { name: 'Starta mötet' }));
    now += 12 * 60_000;
    fireEvent.click(screen.getByRole('button', { name: 'Nästa punkt' }));
    expect(readMeeting(doc).run.currentItem).toBe('item-b');
    expect(rows()[0]!.textContent).toContain('Klar');
    now += 90_000;
    fireEvent.click(screen.getByRole('button', { name: 'Gå till punkt 3: Övrigt' }));
    expect(readMeeting(doc).run.currentItem).toBe('item-c');
    expect((screen.getByRole('button', { name: 'Nästa punkt' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Pausa timern' }));
    expect(readMeeting(doc).progress['item-c']?.runningSince).toBeUndefined();
    expect(screen.getByRole('region', { name: 'Just nu' }).textContent).toContain('Pausad');
    fireEvent.click(screen.getByRole('button', { name: 'Starta timern' }));
    fireEvent.click(screen.getByRole('button', { name: '+5 min: förläng punkten' }));
    fireEvent.click(screen.getByRole('button', { name: '+1 min: förläng punkten' }));
    expect(readMeeting(doc).progress['item-c']?.extraMs).toBe(6 * 60_000);
    expect(within(screen.getByRole('region', { name: 'Just nu' })).getByRole('timer').textContent).toBe('11:00');

    fireEvent.click(screen.getByRole('button', { name: 'Avsluta mötet' }));
    const dialog = screen.getByRole('dialog', { name: 'Avsluta mötet?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(readMeeting(doc).run.status).toBe('running');
    now += 4 * 60_000;
    fireEvent.click(screen.getByRole('button', { name: 'Avsluta mötet' }));
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Avsluta mötet?' })).getByRole('button', { name: 'Avsluta mötet' }));
    expect(readMeeting(doc).run).toMatchObject({ status: 'ended', endedAt: now });
    expect(screen.queryByRole('group', { name: 'Styr mötet' })).toBeNull();
    expect(spoken()).toBe('Mötet är avslutat.');
    // Planned against actual (MTG19), for each item that ran; the skipped one shows its plan alone, not done.
    expect(rows().map((row) => row.querySelector('.agenda-meta')?.textContent)).toEqual([
      '09:00InformationAnna BergPlanerat 10 min · faktiskt 12 min✓ Klar',
      '09:10DiskussionPlanerat 20 min · faktiskt 2 min',
      '09:30BeslutPlanerat 5 min · faktiskt 4 minFrån mötet 2025-04-29✓ Klar',
    ]);
  });

  it('[MTP4] names every control with its visible words first, "+1 min" and "+5 min" too, so a voice user can say what they see (WCAG 2.5.3)', () => {
    const doc = threeItemMeeting();
    renderMeeting(doc, { canEdit: true, canRun: true });
    fireEvent.click(screen.getByRole('button', { name: 'Starta mötet' }));
    const labelled = screen.getAllByRole('button').filter((button) => button.hasAttribute('aria-label') && button.textContent !== '');
    expect(labelled.map((button) => button.textContent)).toEqual(expect.arrayContaining(['+1 min', '+5 min', 'Gå till']));
    for (const button of labelled) expect(button.getAttribute('aria-label')!.startsWith(button.textContent!), button.getAttribute('aria-label')!).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '+5 min: förläng punkten' }));
    expect(readMeeting(doc).progress['item-a']?.extraMs).toBe(5 * 60_000);
  });

  it('[MTP6] announces the current item when the facilitator moves on from another browser, and the open item follows it', () => {
    const doc = threeItemMeeting();
    renderMeeting(doc, { canEdit: true, canRun: false });
    expect(screen.getByRole('heading', { level: 2, name: '1. Ekonomi' })).toBeTruthy();
    act(() => startMeeting(doc, SERVER_NOW, REMOTE));
    expect(spoken()).toBe('Mötet har startat. Aktuell punkt: 1. Ekonomi');
    act(() => goToItem(doc, 'item-b', SERVER_NOW + 1000, REMOTE));
    expect(spoken()).toBe('Aktuell punkt: 2. Bemanning');
    expect(screen.getByRole('heading', { level: 2, name: '2. Bemanning' })).toBeTruthy();
  });

  it('[MTP6] keeps the open item while its reader types in it, when the meeting moves on', () => {
    const doc = threeItemMeeting();
    renderMeeting(doc, { canEdit: true, canRun: false });
    act(() => startMeeting(doc, SERVER_NOW, REMOTE));
    fireEvent.click(within(agenda()).getByRole('button', { name: '3. Övrigt' }));
    screen.getByRole('textbox', { name: 'Anteckningar' }).focus();
    act(() => goToItem(doc, 'item-b', SERVER_NOW + 1000, REMOTE));
    expect(screen.getByRole('heading', { level: 2, name: '3. Övrigt' })).toBeTruthy();
  });
});

describe('the facilitator’s view [MTP9] [FOL1]', () => {
  it('is published only after the facilitator’s own start or go to, never when the page opens on a running meeting', () => {
    const doc = threeItemMeeting();
    startMeeting(doc, SERVER_NOW, REMOTE);
    const { session } = renderMeeting(doc, { canEdit: true, canRun: true });
    expect(session.awareness.getLocalState()?.view).toBeUndefined();
    act(() => goToItem(doc, 'item-b', SERVER_NOW + 1000, REMOTE));
    expect(session.awareness.getLocalState()?.view).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Gå till punkt 3: Övrigt' }));
    expect(session.awareness.getLocalState()?.view).toEqual({ itemId: 'item-c', at: SERVER_NOW });
  });

  it('is published when the facilitator starts the meeting', () => {
    const { session } = renderMeeting(threeItemMeeting(), { canEdit: true, canRun: true });
    expect(session.awareness.getLocalState()?.view).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Starta mötet' }));
    expect(session.awareness.getLocalState()?.view).toEqual({ itemId: 'item-a', at: SERVER_NOW });
  });
});

describe('editing the agenda [MTG6] [MTG9]', () => {
  it('[MTP8] reorders by keyboard with the move buttons, says where the item went, and keeps the focus on it', async () => {
    const doc = threeItemMeeting();
    renderMeeting(doc, { canEdit: true, canRun: false });
    const down = screen.getByRole('button', { name: 'Flytta ned Ekonomi' });
    down.focus();
    fireEvent.click(down);
    await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    expect(readMeeting(doc).agenda.map((item) => item.title)).toEqual(['Bemanning', 'Ekonomi', 'Övrigt']);
    expect(spoken()).toBe('Ekonomi är nu punkt 2.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flytta ned Ekonomi' }));
    fireEvent.click(screen.getByRole('button', { name: 'Flytta ned Ekonomi' }));
    await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    // At the end the button that still moves it takes the focus.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flytta upp Ekonomi' }));
    expect(rows().map((row) => row.querySelector('.agenda-title')?.textContent)).toEqual(['Bemanning', 'Övrigt', 'Ekonomi']);
  });

  it('adds an item last and opens it, sums the planned minutes and gives the planned end', () => {
    const doc = threeItemMeeting();
    renderMeeting(doc, { canEdit: true, canRun: false });
    expect(agenda().textContent).toContain('Totalt 35 min · planerat slut 09:35');
    const form = screen.getByRole('form', { name: 'Ny punkt' });
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till punkt' }));
    expect(within(form).getByRole('alert').textContent).toBe('Ange en rubrik.');
    fireEvent.change(within(form).getByRole('textbox', { name: 'Rubrik' }), { target: { value: 'Nytt ärende' } });
    fireEvent.change(within(form).getByRole('spinbutton', { name: 'Planerade minuter' }), { target: { value: '25' } });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Typ' }), { target: { value: 'decision' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till punkt' }));
    expect(readMeeting(doc).agenda.at(-1)).toMatchObject({ title: 'Nytt ärende', minutes: 25, kind: 'decision' });
    expect(screen.getByRole('heading', { level: 2, name: '4. Nytt ärende' })).toBeTruthy();
    expect(agenda().textContent).toContain('Totalt 60 min · planerat slut 10:00');
  });

  it('removes an item only after asking, as its notes go with it', () => {
    const doc = threeItemMeeting();
    renderMeeting(doc, { canEdit: true, canRun: false });
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Bemanning' }));
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Ta bort punkten Bemanning?' })).getByRole('button', { name: 'Avbryt' }));
    expect(readMeeting(doc).agenda).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Bemanning' }));
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Ta bort punkten Bemanning?' })).getByRole('button', { name: 'Ta bort punkten' }));
    expect(readMeeting(doc).agenda.map((item) => item.id)).toEqual(['item-a', 'item-c']);
    expect(spoken()).toBe('Bemanning är borttagen.');
  });

  it('[MTP7] changes the open item’s presenter, minutes and kind; its title and notes are bound to their Y.Texts and show remote typing', () => {
    const doc = threeItemMeeting();
    renderMeeting(doc, { canEdit: true, canRun: false });
    const details = screen.getByRole('region', { name: '1. Ekonomi' });
    const presenter = within(details).getByRole('textbox', { name: 'Föredragande' });
    fireEvent.change(presenter, { target: { value: 'Bo Ek' } });
    expect(readMeeting(doc).agenda[0]?.presenter).toBe('Anna Berg');
    fireEvent.blur(presenter);
    expect(readMeeting(doc).agenda[0]?.presenter).toBe('Bo Ek');
    const minutes = within(details).getByRole('spinbutton', { name: 'Planerade minuter' });
    fireEvent.change(minutes, { target: { value: '12' } });
    fireEvent.keyDown(minutes, { key: 'Enter' });
    fireEvent.change(within(details).getByRole('combobox', { name: 'Typ' }), { target: { value: 'decision' } });
    expect(readMeeting(doc).agenda[0]).toMatchObject({ minutes: 12, kind: 'decision' });

    const notes = within(details).getByRole('textbox', { name: 'Anteckningar' }) as HTMLTextAreaElement;
    notes.value = 'Första raden och min';
    fireEvent.input(notes);
    expect(readMeeting(doc).agenda[0]?.notes).toBe('Första raden och min');
    act(() => setItemNotes(doc, 'item-a', 'Hennes. Första raden och min', REMOTE));
    expect(notes.value).toBe('Hennes. Första raden och min');

    const title = within(details).getByRole('textbox', { name: 'Rubrik' }) as HTMLInputElement;
    title.value = '';
    fireEvent.input(title);
    expect(readMeeting(doc).agenda[0]?.title).toBe('Ekonomi');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Rubriken kan inte vara tom.')).toBeTruthy();
  });

  it('[MTP7] refuses a value the model refuses and says why, leaving the meeting as it was', () => {
    const errors: unknown[] = [];
    const doc = threeItemMeeting();
    renderMeeting(doc, { canEdit: true, canRun: false, onError: (error) => errors.push(error) });
    const minutes = within(screen.getByRole('region', { name: '1. Ekonomi' })).getByRole('spinbutton', { name: 'Planerade minuter' });
    fireEvent.change(minutes, { target: { value: '601' } });
    fireEvent.blur(minutes);
    expect(readMeeting(doc).agenda[0]?.minutes).toBe(10);
    expect(errors).toHaveLength(1);
    expect(minutes.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('facts and attendees [MTG4] [MTG5]', () => {
  it('shows the facts with the video link as a link to a new tab, and lets an editor change them', () => {
    const doc = threeItemMeeting();
    renderMeeting(doc, { canEdit: true, canRun: false });
    fireEvent.click(screen.getByRole('button', { name: 'Ändra uppgifter' }));
    const link = screen.getByLabelText('Videolänk');
    fireEvent.change(link, { target: { value: 'https://meet.example.se/lg' } });
    fireEvent.blur(link);
    const place = screen.getByRole('textbox', { name: 'Plats' });
    fireEvent.change(place, { target: { value: 'Sal 3' } });
    fireEvent.blur(place);
    expect(readMeeting(doc).meta).toMatchObject({ videoLink: 'https://meet.example.se/lg', place: 'Sal 3', startTime: '09:00' });
    const join = screen.getByRole('link', { name: /^Anslut till videomötet/ });
    expect(join.textContent).toBe('Anslut till videomötet (öppnas i en ny flik)');
    expect([join.getAttribute('href'), join.getAttribute('target'), join.getAttribute('rel')]).toEqual(['https://meet.example.se/lg', '_blank', 'noopener noreferrer']);
    fireEvent.change(place, { target: { value: '' } });
    fireEvent.blur(place);
    expect(readMeeting(doc).meta.place).toBeUndefined();
  });

  it('adds attendees, marks where each one is, and removes one', () => {
    const doc = threeItemMeeting();
    renderMeeting(doc, { canEdit: true, canRun: false });
    const form = screen.getByRole('form', { name: 'Lägg till deltagare' });
    for (const [name, attendance] of [['Anna Berg', 'room'], ['Bo Ek', 'remote']] as const) {
      fireEvent.change(within(form).getByRole('textbox', { name: 'Namn' }), { target: { value: name } });
      fireEvent.change(within(form).getByRole('combobox', { name: 'Närvaro' }), { target: { value: attendance } });
      fireEvent.click(within(form).getByRole('button', { name: 'Lägg till' }));
    }
    const section = screen.getByRole('region', { name: 'Deltagare' });
    expect(section.textContent).toContain('1 i rummet · 1 på distans · 0 frånvarande');
    fireEvent.change(within(section).getByRole('combobox', { name: 'Var Bo Ek är' }), { target: { value: 'absent' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Ta bort Anna Berg' }));
    expect(readMeeting(doc).attendees.map(({ name, attendance }) => [name, attendance])).toEqual([['Bo Ek', 'absent']]);
  });

  it('[MTP10] lets each say in presence whether they are in the room or remote, remembered for this meeting', () => {
    const { session } = renderMeeting(threeItemMeeting(), { canEdit: false, canRun: false });
    const presence = screen.getByRole('region', { name: 'Här nu' });
    fireEvent.click(within(presence).getByRole('radio', { name: 'på distans' }));
    expect(session.awareness.getLocalState()?.attendance).toBe('remote');
    expect(localStorage.getItem('tavla.attendance.meeting-1')).toBe('"remote"');
    // The page reads presence as the server relays it: this user has no name until it is stamped.
    expect(within(presence).getByRole('list').textContent).toBe('');
  });
});

describe('who is here [MTP10] [PRS3]', () => {
  it('lists the people as the server stamped them, in the room or remote, the facilitator and the current item’s presenter marked, and the projectors apart', () => {
    const doc = threeItemMeeting();
    startMeeting(doc, SERVER_NOW, REMOTE);
    const { session } = renderMeeting(doc, { canEdit: true, canRun: false });
    act(() => {
      relay(session.awareness, 21, { user: { name: 'Bo Ek', role: 'editor', color: '#1d4ed8' }, attendance: 'remote' });
      relay(session.awareness, 22, { user: { name: 'Anna Berg', role: 'facilitator', color: '#b91c1c' }, attendance: 'room' });
      relay(session.awareness, 23, { user: { name: 'Cilla Dahl', role: 'viewer' } });
      relay(session.awareness, 24, { user: { name: '', role: 'viewer' } });
      // This user's own state, as the server stamps and relays it back.
      session.awareness.setLocalState({ user: { name: 'Dan Ek', role: 'editor' }, attendance: 'room' });
    });
    const presence = screen.getByRole('region', { name: 'Här nu' });
    const people = within(presence).getAllByRole('listitem').map((item) => [...item.children].map((part) => part.textContent).filter(Boolean));
    expect(people).toEqual([
      ['Dan Ek (du)', 'i rummet'],
      ['Anna Berg', 'i rummet', 'mötesledare', 'föredrar'],
      ['Bo Ek', 'på distans'],
      ['Cilla Dahl', 'har inte angett var'],
    ]);
    expect(presence.textContent).toContain('Dessutom 1 projektor (läslänk).');
    expect(presence.textContent).toContain('Föredragande nu: Anna Berg');

    // The meeting moves on: nobody presents item 2, so nobody is marked.
    act(() => goToItem(doc, 'item-b', SERVER_NOW + 1000, REMOTE));
    expect(within(presence).queryByText('föredrar')).toBeNull();
  });
});

describe('in English', () => {
  it('speaks English throughout', () => {
    renderMeeting(threeItemMeeting(), { canEdit: true, canRun: true, lng: 'en' });
    expect(screen.getByRole('button', { name: 'Start the meeting' })).toBeTruthy();
    const englishAgenda = screen.getByRole('region', { name: 'Agenda' });
    expect(englishAgenda.textContent).toContain('Total 35 min · planned end 09:35');
    expect(within(englishAgenda).getAllByRole('listitem')[2]!.textContent).toContain('From the meeting 2025-04-29');
  });
});
