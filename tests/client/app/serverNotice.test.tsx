// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KeptTextDialog } from '../../../client/components/app/KeptTextDialog.tsx';
import { LiveRegionProvider } from '../../../client/components/app/LiveRegion.tsx';
import { ServerNotice } from '../../../client/components/app/ServerNotice.tsx';
import { createI18n } from '../../../client/i18n/i18n.ts';
import type { Language } from '../../../client/i18n/format.ts';
import type { ConnectionState } from '../../../client/sync/connectionState.ts';
import { keepText, keptText } from '../../../client/sync/keptText.ts';
import { mapStorage } from '../mapStorage.ts';

beforeEach(() => vi.stubGlobal('sessionStorage', mapStorage()));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const wrap = (children: ReactNode, lng: Language = 'sv') => (
  <I18nextProvider i18n={createI18n(lng)}>
    <LiveRegionProvider>{children}</LiveRegionProvider>
  </I18nextProvider>
);
const banner = () => document.querySelector('.server-notice')?.textContent ?? null;
const live = (politeness: 'polite' | 'assertive') => screen.getByTestId(`live-${politeness}`).textContent?.trim();

describe('what the server said, in plain words (KEEP3-KEEP5)', () => {
  it('[KEEP3] an unreadable board says so, shown and announced at once', () => {
    render(wrap(<ServerNotice connection={{ status: 'error', reason: 'board_unreadable' }} />));
    expect(banner()).toBe('Tavlan går inte att läsa just nu. Kontakta administratören.');
    expect(live('assertive')).toBe('Tavlan går inte att läsa just nu. Kontakta administratören.');
  });

  it('[KEEP4] unsaved stays shown while it lasts, and its end is announced as saved, in the UI language', () => {
    const shown = (connection: ConnectionState) => wrap(<ServerNotice connection={connection} />, 'en');
    const { rerender } = render(shown({ status: 'unsaved' }));
    expect(banner()).toMatch(/^The server cannot save right now/);
    expect(live('polite')).toMatch(/^The server cannot save right now/);
    rerender(shown({ status: 'synced' }));
    expect(banner()).toBeNull();
    expect(live('polite')).toBe('The server saves again – your changes are saved.');
  });

  it('[KEEP5] a full board says so', () => {
    render(wrap(<ServerNotice connection={{ status: 'error', reason: 'document_too_large' }} />));
    expect(banner()).toMatch(/^Tavlan är full/);
  });

  it('shows nothing for an ordinary status', () => {
    render(wrap(<ServerNotice connection={{ status: 'synced' }} />));
    expect(banner()).toBeNull();
  });
});

describe('the dialog of what was not saved (KEEP2)', () => {
  it('[KEEP2] lists card, field and text, copies a text, and is gone for good once closed', async () => {
    keepText('b1', [
      { cardId: 'ort', cardTitle: 'Ortopedins kort', field: 'comment', text: 'Ny plan' },
      { cardId: 'ort', cardTitle: 'Ortopedins kort', field: 'lastMonth', month: '2025-05', text: 'Klart i maj' },
    ]);
    // user-event puts a clipboard of its own on navigator.
    const user = userEvent.setup();
    render(wrap(<KeptTextDialog boardId="b1" />));
    const dialog = screen.getByRole('dialog', { name: 'Det här sparades inte' });
    expect((within(dialog).getByLabelText('Ortopedins kort – Kommentar') as HTMLTextAreaElement).value).toBe('Ny plan');
    expect((within(dialog).getByLabelText('Ortopedins kort – Genomfört senaste månaden (2025-05)') as HTMLTextAreaElement).value).toBe('Klart i maj');

    await user.click(within(dialog).getByRole('button', { name: 'Kopiera Ortopedins kort – Kommentar' }));
    expect(await navigator.clipboard.readText()).toBe('Ny plan');
    expect(live('polite')).toBe('Texten är kopierad.');

    await user.click(within(dialog).getAllByRole('button', { name: 'Stäng' }).at(-1)!);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(keptText('b1')).toEqual([]);
  });

  it('[KEEP2] shows an amount in Swedish digits and a status by its name, as the card editor does', () => {
    keepText('b2', [
      { cardId: 'k', cardTitle: 'Kortet', field: 'effect', text: '2500' },
      { cardId: 'k', cardTitle: 'Kortet', field: 'status', text: 'red' },
    ]);
    render(wrap(<KeptTextDialog boardId="b2" />));
    const dialog = screen.getByRole('dialog', { name: 'Det här sparades inte' });
    expect((within(dialog).getByLabelText('Kortet – Ekonomisk effekt (tkr/år)') as HTMLTextAreaElement).value.replace(/\s/g, ' ')).toBe('2 500');
    expect((within(dialog).getByLabelText('Kortet – Status') as HTMLTextAreaElement).value).not.toBe('red');
  });
});
