// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addDecision } from '../../../shared/meeting/decisionOps.ts';
import { getDecisions } from '../../../shared/meeting/meetingDoc.ts';
import { numberParagraphs } from '../../../shared/meeting/paragraphs.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { startMeeting } from '../../../shared/meeting/runOps.ts';
import { renderMeeting, SERVER_NOW, threeItemMeeting } from '../meeting/renderMeeting.tsx';

beforeEach(() => {
  vi.stubGlobal('fetch', () => Promise.reject(new Error('no server in this test')));
  Element.prototype.scrollIntoView = () => {};
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const details = (): HTMLElement => screen.getByRole('region', { name: /^1\. Ekonomi/ });
const decisionsOf = (region: HTMLElement): HTMLElement => within(region).getByRole('region', { name: /^Beslut/ });
const spoken = (): string => `${screen.getByTestId('live-polite').textContent}`.replaceAll('\u00a0', '');
const firstDecision = (doc: Y.Doc) => readMeeting(doc).decisions.byItem['item-a']![0]!;

/** Types `typed` at the end of a bound textarea, as a keystroke's input event does. */
function typeAtEnd(field: HTMLTextAreaElement, typed: string): void {
  fireEvent.input(field, { target: { value: field.value + typed } });
}

describe('[MTP12] [MTG22] decisions in an agenda item', () => {
  it('lets an editor record a decision with "Nytt beslut", opens its editor on the ärende, and writes every field', () => {
    const doc = threeItemMeeting();
    renderMeeting(doc, { canEdit: true, canRun: false });
    const region = decisionsOf(details());
    expect(within(region).getByText('Inga beslut i punkten.')).toBeTruthy();

    fireEvent.click(within(region).getByRole('button', { name: 'Nytt beslut' }));
    expect(within(region).getByText('Ange ett ärende för beslutet.')).toBeTruthy();
    expect(readMeeting(doc).decisions.byItem['item-a']).toBeUndefined();

    fireEvent.change(within(region).getByRole('textbox', { name: 'Ärende för nytt beslut' }), { target: { value: 'Budget 2026' } });
    fireEvent.click(within(region).getByRole('button', { name: 'Nytt beslut' }));
    expect(firstDecision(doc)).toMatchObject({ matter: 'Budget 2026', text: '', responsible: [], sendTo: [] });
    expect(spoken()).toBe('Beslutet Budget 2026 är tillagt.');
    const editor = within(region).getByRole('group', { name: 'Beslutet Budget 2026' });
    expect(document.activeElement).toBe(within(editor).getByRole('textbox', { name: 'Ärende' }));
    expect(within(region).getByText('§ –')).toBeTruthy();

    typeAtEnd(within(editor).getByRole('textbox', { name: 'Bakgrund' }) as HTMLTextAreaElement, 'Ramarna är satta.');
    typeAtEnd(within(editor).getByRole('textbox', { name: 'Beslutstext (att-satser)' }) as HTMLTextAreaElement, 'att fastställa budgeten');
    const responsible = within(editor).getByRole('group', { name: 'Ansvarig' });
    fireEvent.change(within(responsible).getByRole('textbox', { name: 'Nytt namn: Ansvarig' }), { target: { value: 'Anna Berg' } });
    fireEvent.keyDown(within(responsible).getByRole('textbox', { name: 'Nytt namn: Ansvarig' }), { key: 'Enter' });
    expect(spoken()).toBe('Anna Berg är tillagd: Ansvarig.');
    fireEvent.change(within(responsible).getByRole('textbox', { name: 'Nytt namn: Ansvarig' }), { target: { value: 'Bo Ek' } });
    fireEvent.click(within(responsible).getByRole('button', { name: 'Lägg till Ansvarig' }));
    const sendTo = within(editor).getByRole('group', { name: 'Expedieras till' });
    fireEvent.change(within(sendTo).getByRole('textbox', { name: 'Nytt namn: Expedieras till' }), { target: { value: 'Ekonomienheten' } });
    fireEvent.click(within(sendTo).getByRole('button', { name: 'Lägg till Expedieras till' }));
    const deadline = within(editor).getByLabelText('Senast');
    fireEvent.change(deadline, { target: { value: '2025-09-30' } });
    fireEvent.blur(deadline);

    expect(firstDecision(doc)).toMatchObject({
      background: 'Ramarna är satta.',
      text: 'att fastställa budgeten',
      responsible: ['Anna Berg', 'Bo Ek'],
      sendTo: ['Ekonomienheten'],
      deadline: '2025-09-30',
    });
    fireEvent.click(within(responsible).getByRole('button', { name: 'Ta bort Anna Berg från Ansvarig' }));
    expect(firstDecision(doc).responsible).toEqual(['Bo Ek']);
    // The summary reads the att-satser.
    expect(region.querySelector('.decision-text')?.textContent).toBe('att fastställa budgeten');
  });

  it('shows what another browser types in the att-satser while this user types, and keeps both', () => {
    const doc = threeItemMeeting();
    addDecision(doc, 'item-a', { id: 'd1', matter: 'Budget', text: 'att fastställa' });
    renderMeeting(doc, { canEdit: true, canRun: false });
    fireEvent.click(screen.getByRole('button', { name: 'Redigera beslutet Budget' }));
    const field = screen.getByRole('textbox', { name: 'Beslutstext (att-satser)' }) as HTMLTextAreaElement;
    typeAtEnd(field, ' budgeten');
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    (getDecisions(remote).get('d1')!.get('text') as Y.Text).insert(0, 'Styrelsen beslutar ');
    act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(doc)), 'remote'));
    expect(field.value).toBe('Styrelsen beslutar att fastställa budgeten');
    expect(firstDecision(doc).text).toBe('Styrelsen beslutar att fastställa budgeten');
  });

  it('gives a viewer the decisions to read, with no "Nytt beslut" and no editor', () => {
    const doc = threeItemMeeting();
    addDecision(doc, 'item-a', { id: 'd1', matter: 'Budget', text: 'att fastställa budgeten' });
    renderMeeting(doc, { canEdit: false, canRun: false });
    const region = decisionsOf(details());
    expect(region.querySelector('.decision-matter')?.textContent).toBe('§ – Budget');
    expect(within(region).queryByRole('button')).toBeNull();
    expect(within(region).queryByRole('textbox')).toBeNull();
  });

  it('[MTG23] [MTG24] moves an unnumbered decision by keyboard buttons, announced; a numbered one says why it stays', () => {
    const doc = threeItemMeeting();
    addDecision(doc, 'item-a', { id: 'd1', matter: 'Första' });
    addDecision(doc, 'item-a', { id: 'd2', matter: 'Andra' });
    renderMeeting(doc, { canEdit: true, canRun: false });
    fireEvent.click(screen.getByRole('button', { name: 'Redigera beslutet Andra' }));
    fireEvent.click(screen.getByRole('button', { name: 'Flytta upp beslutet Andra' }));
    expect(readMeeting(doc).decisions.byItem['item-a']!.map((d) => d.matter)).toEqual(['Andra', 'Första']);
    expect(spoken()).toBe('Beslutet Andra är nu nummer 1 i punkten.');

    fireEvent.click(screen.getByRole('button', { name: 'Ta bort beslutet Andra' }));
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Ta bort beslutet Andra?' })).getByRole('button', { name: 'Ta bort beslutet' }));
    expect(readMeeting(doc).decisions.byItem['item-a']!.map((d) => d.matter)).toEqual(['Första']);

    act(() => void numberParagraphs(doc, 7));
    fireEvent.click(screen.getByRole('button', { name: 'Redigera beslutet Första' }));
    expect(screen.getByText('§ 7')).toBeTruthy();
    expect(screen.getByText('Beslutet har § 7 och kan därför inte flyttas eller tas bort.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^(Flytta|Ta bort) beslutet/ })).toBeNull();
  });

  it('records a decision under the running meeting’s current item and opens it in the item’s details', () => {
    const doc = threeItemMeeting();
    startMeeting(doc, SERVER_NOW);
    renderMeeting(doc, { canEdit: true, canRun: true });
    const now = screen.getByRole('region', { name: 'Just nu' });
    const current = within(now).getByRole('region', { name: 'Beslut i punkten' });
    fireEvent.change(within(current).getByRole('textbox', { name: 'Ärende för nytt beslut' }), { target: { value: 'Sommarstängning' } });
    fireEvent.click(within(current).getByRole('button', { name: 'Nytt beslut' }));
    expect(current.querySelector('.decision-matter')?.textContent).toBe('§ – Sommarstängning');
    const editor = within(decisionsOf(details())).getByRole('group', { name: 'Beslutet Sommarstängning' });
    expect(document.activeElement).toBe(within(editor).getByRole('textbox', { name: 'Ärende' }));
  });
});
