// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AgendaOverview } from '../../../client/components/present/AgendaOverview.tsx';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { initMeeting } from '../../../shared/meeting/initMeeting.ts';
import { nextItem, startMeeting } from '../../../shared/meeting/runOps.ts';
import { SEED_MEETINGS, buildSeedMeeting } from '../../../seeds/buildSeedMeetings.ts';
import { renderWithI18n } from '../app/renderWithI18n.tsx';

afterEach(cleanup);

describe('the agenda on the projector (AgendaOverview)', () => {
  it('[FOL5] lists every item in order; the current one is marked in a word and a symbol, the finished ones too', () => {
    const doc = buildSeedMeeting(SEED_MEETINGS.find((m) => m.id === 'hsf-lg-2025-04')!);
    startMeeting(doc, 1_000);
    nextItem(doc, 2_000); // COSMIC done, "Arbetet med åtgärder" current
    const meeting = readMeeting(doc);
    renderWithI18n(<AgendaOverview meeting={meeting} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.agenda-overview-title')?.textContent)).toEqual(meeting.agenda.map((item) => item.title));
    const current = items[1]!;
    expect(current.getAttribute('aria-current')).toBe('step');
    expect(current.textContent).toContain('▶ Pågår');
    expect(current.textContent).toContain('30 min · Diskussion');
    expect(items.filter((item) => item.getAttribute('aria-current')).length).toBe(1);
    expect(items.map((item) => item.textContent?.includes('✓ Klar'))).toEqual(meeting.agenda.map((_, i) => i === 0));
  });

  it('[FOL5] says so when the agenda is empty', () => {
    const doc = new Y.Doc();
    initMeeting(doc, { title: 'Tomt möte', date: '2025-05-20' });
    renderWithI18n(<AgendaOverview meeting={readMeeting(doc)} />);
    expect(screen.getByText('Dagordningen är tom.')).toBeTruthy();
  });
});
