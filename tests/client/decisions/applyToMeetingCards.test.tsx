// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import '../actEnvironment.ts';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { addDecision } from '../../../shared/meeting/decisionOps.ts';
import { approve, setAdjusters } from '../../../shared/meeting/minutesOps.ts';
import { numberParagraphs } from '../../../shared/meeting/paragraphs.ts';
import { endMeeting, startMeeting } from '../../../shared/meeting/runOps.ts';
import { renderMeeting, SERVER_NOW, threeItemMeeting } from '../meeting/renderMeeting.tsx';

// No server: the role is never known and the linked board never loads, which is all these tests need of them.
beforeEach(() => vi.stubGlobal('fetch', () => Promise.reject(new Error('no server in this test'))));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The three-item meeting, ended and numbered: § 12 links a card of board `atgarder`, § 13 links none; approved when asked. */
function endedMeeting(approved: boolean): Y.Doc {
  const doc = threeItemMeeting();
  addDecision(doc, 'item-a', { id: 'd1', matter: 'Budget 2026', text: 'att fastställa budgeten', cards: [{ board: 'atgarder', card: 'kir' }] });
  addDecision(doc, 'item-b', { id: 'd2', matter: 'Bemanning', text: 'att avvakta' });
  startMeeting(doc, SERVER_NOW);
  endMeeting(doc, SERVER_NOW + 60_000);
  numberParagraphs(doc, 12);
  setAdjusters(doc, [{ userId: 'u-anna', name: 'Anna Berg' }]);
  if (approved) approve(doc, 'u-anna', new Date(SERVER_NOW + 120_000).toISOString());
  return doc;
}

const paragraph = (name: string): HTMLElement => screen.getByRole('heading', { name }).closest('article')!;

describe('[DEC7] "För in beslutet på korten" in the approved minutes', () => {
  it('an editor unfolds it under a paragraph that links cards, and the form opens the linked boards only then', async () => {
    const user = userEvent.setup();
    renderMeeting(endedMeeting(true), { canEdit: true, canRun: false });
    const budget = paragraph('§ 12 Budget 2026');
    expect(within(budget).queryByRole('button', { name: 'För in beslutet på korten' })).toBeNull();
    await user.click(within(budget).getByText('Kort som beslutet gäller'));
    expect(within(budget).getByRole('textbox', { name: 'Beslutande organ' })).toBeTruthy();
    await user.click(within(budget).getByRole('button', { name: 'För in beslutet på korten' }));
    // Nothing is written to a board not yet loaded (DEC5).
    await waitFor(() => expect(within(budget).getByRole('alert').textContent).toContain('kir på atgarder: tavlan är inte inläst än'));
    expect(within(paragraph('§ 13 Bemanning')).queryByText('Kort som beslutet gäller')).toBeNull();
  });

  it('is not offered to a reader, nor in a draft, where the decision editor offers it', () => {
    renderMeeting(endedMeeting(true), { canEdit: false, canRun: false });
    expect(screen.queryByText('Kort som beslutet gäller')).toBeNull();
    cleanup();
    renderMeeting(endedMeeting(false), { canEdit: true, canRun: false });
    expect(within(screen.getByRole('region', { name: 'Protokoll' })).queryByText('Kort som beslutet gäller')).toBeNull();
  });
});
