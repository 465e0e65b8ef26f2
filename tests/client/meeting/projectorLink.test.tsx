// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderMeeting, threeItemMeeting } from './renderMeeting.tsx';

const LINK = 'http://tavla.test/m/meeting-1/present#share=abc';
let made: string[] = [];

beforeEach(() => {
  made = [];
  // A share link for each POST to the meeting's share route; the boards an item may link: none.
  vi.stubGlobal('fetch', (path: string, init?: RequestInit) => {
    if (init?.method !== 'POST' || path !== '/api/boards/meeting-1/share') return Promise.reject(new Error('no server in this test'));
    made.push(path);
    return Promise.resolve(new Response(JSON.stringify({ id: `share-${made.length}`, token: 'abc', url: LINK }), { status: 201, headers: { 'content-type': 'application/json' } }));
  });
  Element.prototype.scrollIntoView = () => {};
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const projector = (): HTMLElement => screen.getByRole('region', { name: 'Visa på projektor' });

describe('"Visa på projektor" [MTP4]', () => {
  it('makes one share link per meeting in a page session and shows it again, never a second one that would live until revoked', async () => {
    renderMeeting(threeItemMeeting(), { canEdit: true, canRun: true });
    // Where the links live on, said before one is made.
    expect(within(projector()).getByText('Länken gäller tills den återkallas.')).toBeTruthy();
    expect(within(projector()).getByRole('link', { name: 'Se och återkalla länkarna på medlemssidan' }).getAttribute('href')).toBe('/m/meeting-1/members');

    fireEvent.click(within(projector()).getByRole('button', { name: 'Visa på projektor' }));
    const field = await within(projector()).findByRole('textbox', { name: 'Projektorlänk' });
    expect((field as HTMLInputElement).value).toBe(LINK);
    // The link is there to copy or open; no button makes another.
    expect(within(projector()).queryByRole('button', { name: 'Visa på projektor' })).toBeNull();
    expect(within(projector()).getByRole('link', { name: /^Öppna projektorvyn/ }).getAttribute('href')).toBe(LINK);

    // The page comes back (from the members page, or after a lost connection): the same link, none made.
    cleanup();
    renderMeeting(threeItemMeeting(), { canEdit: true, canRun: true });
    expect((within(projector()).getByRole('textbox', { name: 'Projektorlänk' }) as HTMLInputElement).value).toBe(LINK);
    expect(made).toHaveLength(1);
  });
});
