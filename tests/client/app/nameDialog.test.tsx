// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NameDialog } from '../../../client/components/app/NameDialog.tsx';
import { loadLocalUser, saveLocalUser, USER_COLORS } from '../../../client/sync/localUser.ts';
import { renderWithI18n } from './renderWithI18n.tsx';

afterEach(cleanup);
beforeEach(() => localStorage.clear());

describe('NameDialog', () => {
  it('asks for a name and hands over the trimmed answer', () => {
    const onSubmit = vi.fn();
    renderWithI18n(<NameDialog onSubmit={onSubmit} />);
    const dialog = screen.getByRole('dialog', { name: 'Vad heter du?' });
    fireEvent.submit(dialog.querySelector('form')!);
    expect(onSubmit).not.toHaveBeenCalled(); // an empty name is no answer
    fireEvent.change(screen.getByRole('textbox', { name: 'Namn' }), { target: { value: '  Anna Berg ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(onSubmit).toHaveBeenCalledWith('Anna Berg');
  });
});

describe('the local user', () => {
  it('is remembered with a colour that survives a rename', () => {
    expect(loadLocalUser()).toBeNull();
    const first = saveLocalUser(' Anna ', () => 0.99);
    expect(first).toEqual({ name: 'Anna', color: USER_COLORS[USER_COLORS.length - 1] });
    expect(loadLocalUser()).toEqual(first);
    expect(saveLocalUser('Anna Berg', () => 0)).toEqual({ name: 'Anna Berg', color: first.color });
  });

  it('is asked again when what is stored is unreadable', () => {
    localStorage.setItem('tavla.user', '{not json');
    expect(loadLocalUser()).toBeNull();
    localStorage.setItem('tavla.user', JSON.stringify({ name: '  ', color: '#000' }));
    expect(loadLocalUser()).toBeNull();
  });
});
