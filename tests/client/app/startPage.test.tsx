// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StartPage } from '../../../client/components/start/StartPage.tsx';
import type { BoardsApi, BoardSummary } from '../../../client/components/start/boardsApi.ts';
import type { MeetingsApi } from '../../../client/components/start/meetingsApi.ts';
import { renderWithI18n } from './renderWithI18n.tsx';

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/'));

/** An in-memory stand-in for the REST API: the component's contract, not the server's (the browser tests use the real server). */
function memoryApi(boards: BoardSummary[], failList = false): BoardsApi & { created: BoardSummary[] } {
  const created: BoardSummary[] = [];
  return {
    created,
    list: async () => {
      if (failList) throw new Error('down');
      return [...boards];
    },
    create: async ({ title, kind, target }) => {
      if (title === 'fel') throw new Error('refused');
      const board = { id: `new-${created.length + 1}`, title, kind, updatedAt: Date.now() };
      created.push({ ...board, ...(target !== undefined && { target }) });
      return board;
    },
    get: async (id) => [...boards, ...created].find((board) => board.id === id) ?? null,
  };
}

/** No meetings: these tests are the boards'; tests/client/meeting/startPageMeetings.test.tsx has the meetings'. */
const noMeetings: MeetingsApi = { list: async () => [], create: async () => Promise.reject(new Error('none')), get: async () => null };

const boards: BoardSummary[] = [
  { id: 'old', title: 'Uppdrag 2024', kind: 'assignments', updatedAt: '2024-12-01T10:00:00Z' },
  { id: 'hsf', title: 'HSF åtgärder', kind: 'measures', updatedAt: new Date(2025, 5, 18, 14, 5).getTime() },
];

describe('StartPage', () => {
  it('lists the boards, newest change first, with kind and last change', async () => {
    renderWithI18n(<StartPage mayCreate meetingApi={noMeetings} api={memoryApi(boards)} />);
    const table = await screen.findByRole('table', { name: 'Alla tavlor' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['HSF åtgärder', 'Uppdrag 2024']);
    expect(within(rows[0]!).getByRole('link').getAttribute('href')).toBe('/b/hsf');
    expect(rows[0]!.textContent).toContain('Åtgärder');
    expect(rows[0]!.textContent).toContain('2025-06-18 14:05');
    expect(rows[1]!.textContent).toContain('Uppdrag');
  });

  it('[SEC2] offers no create form to an account that may not create boards', async () => {
    renderWithI18n(<StartPage mayCreate={false} meetingApi={noMeetings} api={memoryApi(boards)} />);
    await screen.findByRole('table', { name: 'Alla tavlor' });
    expect(screen.queryByRole('button', { name: 'Skapa' })).toBeNull();
  });

  it('creates a board of the chosen kind and opens it', async () => {
    const api = memoryApi([]);
    renderWithI18n(<StartPage mayCreate meetingApi={noMeetings} api={api} />);
    await screen.findByText('Det finns inga tavlor ännu.');
    fireEvent.change(screen.getByRole('textbox', { name: 'Titel' }), { target: { value: 'Ny tavla' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Typ' }), { target: { value: 'assignments' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Skapa' }));
    });
    expect(api.created).toMatchObject([{ title: 'Ny tavla', kind: 'assignments' }]);
    expect(window.location.pathname).toBe('/b/new-1');
  });

  it('creates a measures board with its target, typed as the UI language writes numbers', async () => {
    const api = memoryApi([]);
    renderWithI18n(<StartPage mayCreate meetingApi={noMeetings} api={api} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Titel' }), { target: { value: 'Åtgärder 2026' } });
    const target = screen.getByRole('textbox', { name: 'Mål (tkr/år, kan lämnas tomt)' });
    fireEvent.change(target, { target: { value: '1,500' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skapa' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Talet kan läsas på två sätt/);
    expect(target.getAttribute('aria-invalid')).toBe('true');
    expect(api.created).toEqual([]);

    fireEvent.change(target, { target: { value: '213 000' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Skapa' }));
    });
    expect(api.created).toMatchObject([{ title: 'Åtgärder 2026', kind: 'measures', target: 213000 }]);
  });

  it('asks no target of a board that does not sum effects, and sends none when it is left empty', async () => {
    const api = memoryApi([]);
    renderWithI18n(<StartPage mayCreate meetingApi={noMeetings} api={api} />, 'en');
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Measures' } });
    expect(screen.getByRole('textbox', { name: 'Target (kSEK/year, optional)' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'assignments' } });
    expect(screen.queryByRole('textbox', { name: /Target/ })).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'measures' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    });
    expect(api.created).toHaveLength(1);
    expect(api.created[0]).not.toHaveProperty('target');
  });

  it('asks for a title and reports a refused create without leaving the page', async () => {
    renderWithI18n(<StartPage mayCreate meetingApi={noMeetings} api={memoryApi([])} />);
    fireEvent.click(screen.getByRole('button', { name: 'Skapa' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Ange en titel.');
    expect(screen.getByRole('textbox', { name: 'Titel' }).getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(screen.getByRole('textbox', { name: 'Titel' }), { target: { value: 'fel' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Skapa' }));
    });
    expect(screen.getByRole('alert').textContent).toBe('Kunde inte skapa tavlan.');
    expect(window.location.pathname).toBe('/');
  });

  it('says when the boards cannot be loaded and offers to retry', async () => {
    renderWithI18n(<StartPage mayCreate meetingApi={noMeetings} api={memoryApi(boards, true)} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Kunde inte hämta tavlorna.');
    expect(within(alert).getByRole('button', { name: 'Försök igen' })).toBeTruthy();
  });

  it('speaks English when English is chosen', async () => {
    renderWithI18n(<StartPage mayCreate meetingApi={noMeetings} api={memoryApi(boards)} />, 'en');
    const table = await screen.findByRole('table', { name: 'All boards' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Boards');
    expect(within(table).getByRole('cell', { name: 'Measures' })).toBeTruthy();
  });
});
