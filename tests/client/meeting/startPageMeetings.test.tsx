// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StartPage } from '../../../client/components/start/StartPage.tsx';
import type { BoardsApi } from '../../../client/components/start/boardsApi.ts';
import type { MeetingsApi, MeetingSummary, NewMeetingRequest } from '../../../client/components/start/meetingsApi.ts';
import { renderWithI18n } from '../app/renderWithI18n.tsx';

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/'));

const noBoards: BoardsApi = { list: async () => [], create: () => Promise.reject(new Error('none')), get: async () => null };

/** An in-memory stand-in for /api/meetings: the component's contract (the browser tests use the real server). */
function memoryMeetings(meetings: MeetingSummary[], failList = false): MeetingsApi & { created: NewMeetingRequest[] } {
  const created: NewMeetingRequest[] = [];
  return {
    created,
    list: async () => {
      if (failList) throw new Error('down');
      return [...meetings];
    },
    create: async (meeting) => {
      created.push(meeting);
      return { id: `m-${created.length}`, title: meeting.title, date: meeting.date, status: 'planned' };
    },
    get: async () => null,
  };
}

const SEEDED: MeetingSummary[] = [
  { id: 'hsf-lg-2025-04', title: 'HSF ledningsgrupp, april 2025', date: '2025-04-29', status: 'ended' },
  { id: 'next', title: 'HSF ledningsgrupp, juni 2025', date: '2025-06-17', status: 'planned' },
  { id: 'hsf-lg-2024-11', title: 'HSF ledningsgrupp, november 2024', date: '2024-11-29', status: 'planned' },
  { id: 'today', title: 'Dagens möte', date: '2025-05-27', status: 'running' },
];

const titles = (table: HTMLElement): string[] => within(table).getAllByRole('link').map((link) => link.textContent ?? '');

describe('[MTP11] the meetings on the start page', () => {
  it('lists upcoming meetings (today included) nearest first and past ones latest first, each a link with its date and status', async () => {
    renderWithI18n(<StartPage mayCreate={false} api={noBoards} meetingApi={memoryMeetings(SEEDED)} today="2025-05-27" />);
    const upcoming = await screen.findByRole('table', { name: 'Kommande möten' });
    expect(titles(upcoming)).toEqual(['Dagens möte', 'HSF ledningsgrupp, juni 2025']);
    const past = screen.getByRole('table', { name: 'Tidigare möten' });
    expect(titles(past)).toEqual(['HSF ledningsgrupp, april 2025', 'HSF ledningsgrupp, november 2024']);
    expect(within(past).getAllByRole('row')[1]!.textContent).toBe('HSF ledningsgrupp, april 20252025-04-29Avslutat');
    // The same table as the boards': a column header each, each row headed by its link.
    expect(within(past).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Möte', 'Datum', 'Status']);
    expect(within(past).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(titles(past));
    expect(within(upcoming).getByRole('link', { name: 'Dagens möte' }).getAttribute('href')).toBe('/m/today');
    expect(screen.queryByRole('form', { name: 'Nytt möte' })).toBeNull();
  });

  it('makes a meeting from the previous one: its facts, and the meeting whose unfinished items carry over; then opens it', async () => {
    const api = memoryMeetings(SEEDED);
    renderWithI18n(<StartPage mayCreate api={noBoards} meetingApi={api} today="2025-05-27" />);
    const form = await screen.findByRole('form', { name: 'Nytt möte' });
    const from = within(form).getByRole('combobox', { name: 'Från föregående möte' });
    await within(from).findByRole('option', { name: 'HSF ledningsgrupp, april 2025 (2025-04-29)' });
    expect(within(from).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Inget – börja med en tom dagordning',
      'HSF ledningsgrupp, juni 2025 (2025-06-17)',
      'Dagens möte (2025-05-27)',
      'HSF ledningsgrupp, april 2025 (2025-04-29)',
      'HSF ledningsgrupp, november 2024 (2024-11-29)',
    ]);
    fireEvent.change(within(form).getByRole('textbox', { name: 'Mötets titel' }), { target: { value: ' HSF ledningsgrupp, maj 2025 ' } });
    expect((within(form).getByLabelText('Datum') as HTMLInputElement).value).toBe('2025-05-27');
    fireEvent.change(within(form).getByLabelText('Starttid (kan lämnas tom)'), { target: { value: '13:00' } });
    fireEvent.change(from, { target: { value: 'hsf-lg-2025-04' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Skapa möte' }));
    });
    expect(api.created).toEqual([{ title: 'HSF ledningsgrupp, maj 2025', date: '2025-05-27', startTime: '13:00', from: 'hsf-lg-2025-04' }]);
    expect(window.location.pathname).toBe('/m/m-1');
  });

  it('asks for a title and a date, and sends no empty optional field', async () => {
    const api = memoryMeetings([]);
    renderWithI18n(<StartPage mayCreate api={noBoards} meetingApi={api} today="2025-05-27" />);
    const form = await screen.findByRole('form', { name: 'Nytt möte' });
    fireEvent.click(within(form).getByRole('button', { name: 'Skapa möte' }));
    expect(within(form).getByRole('alert').textContent).toBe('Ange en titel.');
    fireEvent.change(within(form).getByRole('textbox', { name: 'Mötets titel' }), { target: { value: 'Extra' } });
    fireEvent.change(within(form).getByLabelText('Datum'), { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Skapa möte' }));
    expect(within(form).getByRole('alert').textContent).toBe('Ange ett datum.');
    fireEvent.change(within(form).getByLabelText('Datum'), { target: { value: '2025-09-01' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Skapa möte' }));
    });
    expect(api.created).toEqual([{ title: 'Extra', date: '2025-09-01' }]);
  });

  it('says when the meetings cannot be loaded and offers to retry', async () => {
    renderWithI18n(<StartPage mayCreate={false} api={noBoards} meetingApi={memoryMeetings(SEEDED, true)} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Kunde inte hämta mötena.');
    expect(within(alert).getByRole('button', { name: 'Försök igen' })).toBeTruthy();
  });
});
