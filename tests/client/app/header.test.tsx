// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { ConnectionStatus } from '../../../client/components/app/ConnectionStatus.tsx';
import { LanguageSwitch } from '../../../client/components/app/LanguageSwitch.tsx';
import { PresenceAvatars, initials } from '../../../client/components/app/PresenceAvatars.tsx';
import { UndoButtons } from '../../../client/components/app/UndoButtons.tsx';
import { storedLanguage } from '../../../client/i18n/i18n.ts';
import { createUndoManager } from '../../../client/sync/createUndoManager.ts';
import { setPresenceUser } from '../../../client/sync/presence.ts';
import { renderWithI18n } from './renderWithI18n.tsx';

afterEach(cleanup);
beforeEach(() => localStorage.clear());

describe('ConnectionStatus', () => {
  it('says each state in words, as a status region', () => {
    const { rerender } = renderWithI18n(<ConnectionStatus connection={{ status: 'connecting' }} />);
    expect(screen.getByRole('status', { name: 'Anslutning' }).textContent).toBe('Ansluter…');
    rerender(<ConnectionStatus connection={{ status: 'synced' }} />);
    expect(screen.getByRole('status').textContent).toBe('Synkad');
    rerender(<ConnectionStatus connection={{ status: 'offline' }} />);
    expect(screen.getByRole('status').textContent).toMatch(/^Offline/);
    rerender(<ConnectionStatus connection={{ status: 'reconnecting' }} />);
    expect(screen.getByRole('status').textContent).toBe('Återansluter…');
    rerender(<ConnectionStatus connection={{ status: 'error', reason: 'forbidden' }} />);
    expect(screen.getByRole('status').textContent).toBe('Anslutningsfel');
  });
});

describe('LanguageSwitch', () => {
  it('switches to English, remembers it and updates <html lang>', async () => {
    renderWithI18n(<LanguageSwitch />);
    expect(document.documentElement.lang).toBe('sv');
    const select = screen.getByRole('combobox', { name: 'Språk' });
    await act(async () => {
      fireEvent.change(select, { target: { value: 'en' } });
    });
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveProperty('value', 'en');
    expect(document.documentElement.lang).toBe('en');
    expect(storedLanguage()).toBe('en');
  });
});

describe('UndoButtons', () => {
  it('are disabled until this user changed something, and undo and redo it, also by keyboard', () => {
    const doc = new Y.Doc();
    const origin = { user: 'me' };
    const undoManager = createUndoManager(doc, origin);
    renderWithI18n(<UndoButtons undoManager={undoManager} />);
    const undo = screen.getByRole('button', { name: 'Ångra' });
    const redo = screen.getByRole('button', { name: 'Gör om' });
    expect(undo).toHaveProperty('disabled', true);

    act(() => doc.transact(() => doc.getMap('meta').set('title', 'A'), origin));
    expect(undo).toHaveProperty('disabled', false);
    fireEvent.click(undo);
    expect(doc.getMap('meta').get('title')).toBeUndefined();
    expect(redo).toHaveProperty('disabled', false);

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true, shiftKey: true });
    expect(doc.getMap('meta').get('title')).toBe('A');
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(doc.getMap('meta').get('title')).toBeUndefined();
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(doc.getMap('meta').get('title')).toBe('A');
  });

  it('leave Ctrl+Z inside a text field to the field', () => {
    const doc = new Y.Doc();
    const origin = { user: 'me' };
    const undoManager = createUndoManager(doc, origin);
    renderWithI18n(
      <>
        <UndoButtons undoManager={undoManager} />
        <input aria-label="fält" />
      </>,
    );
    act(() => doc.transact(() => doc.getMap('meta').set('title', 'A'), origin));
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'fält' }), { key: 'z', ctrlKey: true });
    expect(doc.getMap('meta').get('title')).toBe('A');
  });
});

describe('PresenceAvatars', () => {
  it('names everyone on the board, marks this user and follows a rename', () => {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    setPresenceUser(awareness, { name: 'Anna Berg', color: '#1d4ed8' });
    renderWithI18n(<PresenceAvatars awareness={awareness} />);
    const list = screen.getByRole('list', { name: 'På tavlan just nu' });
    expect(list.textContent).toContain('Anna Berg (du)');
    expect(list.textContent).toContain('AB');

    act(() => awareness.setLocalStateField('user', { name: 'Anna B', color: '#1d4ed8' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(list.textContent).toContain('Anna B (du)');
  });

  it('takes initials from the first two words', () => {
    expect(initials('anna maria berg')).toBe('AM');
    expect(initials('  Bo ')).toBe('B');
  });
});
