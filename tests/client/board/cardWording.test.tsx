// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BoardView } from '../../../client/components/board/BoardView.tsx';
import { createCard } from '../../../shared/ops/cards.ts';
import { renderWithI18n } from '../app/renderWithI18n.tsx';
import { makeBoard } from './boardFixture.ts';

afterEach(cleanup);

describe('card wording, looked up once per board', () => {
  it('names a card\'s buttons and fields in the UI language and follows a switch of language', async () => {
    const { doc, columns } = makeBoard();
    createCard(doc, { column: columns[0]!, title: 'Hyrpersonal & bemanning', fields: { status: 'red', effect: 1500, decisionLevel: 'political' } });
    const { i18n } = renderWithI18n(<BoardView doc={doc} origin={null} />);
    const card = screen.getByRole('article', { name: 'Hyrpersonal & bemanning' });
    expect(within(card).getByRole('button', { name: 'Öppna Hyrpersonal & bemanning' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Dra kortet Hyrpersonal & bemanning' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Flytta till… – Hyrpersonal & bemanning' })).toBeTruthy();
    expect(within(card).getByText('Röd')).toBeTruthy();

    await act(() => i18n.changeLanguage('en'));
    expect(within(card).getByRole('button', { name: 'Open Hyrpersonal & bemanning' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Move to… – Hyrpersonal & bemanning' })).toBeTruthy();
    expect(within(card).getByText('Red')).toBeTruthy();
    expect(within(card).getByText(/1,500\s*kSEK/)).toBeTruthy();
  });
});
