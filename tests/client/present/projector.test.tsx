// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { Projector } from '../../../client/components/present/ProjectorPage.tsx';
import type { ServerTime } from '../../../client/meeting/useServerClock.ts';
import type { BoardSession } from '../../../client/sync/boardSession.ts';
import { SEED_MEETINGS, buildSeedMeeting } from '../../../seeds/buildSeedMeetings.ts';
import { endMeeting, nextItem, startMeeting } from '../../../shared/meeting/runOps.ts';
import { renderWithI18n } from '../app/renderWithI18n.tsx';
import { localSession, SERVER_NOW } from '../meeting/renderMeeting.tsx';

/** The clock the projector reads, set per test: the page's one server clock is mocked, not fetched. */
const serverClock = vi.hoisted(() => ({ current: { now: () => 0, ready: false } as ServerTime }));
vi.mock('../../../client/meeting/useServerClock.ts', () => ({ useServerClock: () => serverClock.current }));

const measured: ServerTime = { now: () => SERVER_NOW + 1_000, ready: true };
const unmeasured: ServerTime = { now: () => SERVER_NOW + 1_000, ready: false };

/** The seeded April meeting, started at SERVER_NOW on item 1 (COSMIC, 15 minutes). */
function aprilStarted() {
  const doc = buildSeedMeeting(SEED_MEETINGS.find((m) => m.id === 'hsf-lg-2025-04')!);
  startMeeting(doc, SERVER_NOW);
  return doc;
}

const SYNCED = { status: 'synced' } as const;

/** The meeting page's test session, with one connection state object, as useSyncExternalStore wants. */
function projectorSession(doc: Y.Doc): BoardSession {
  return { ...localSession(doc), getConnection: () => SYNCED };
}

const bar = () => screen.getByRole('banner');

beforeEach(() => {
  serverClock.current = measured;
});
afterEach(cleanup);

describe('the projector’s bar (Projector, CurrentItem)', () => {
  it('[FOL5] [MTG17] shows the current item with "Hämtar serverns tid…" and no countdown until the server’s clock is measured, then the countdown', () => {
    serverClock.current = unmeasured;
    const doc = aprilStarted();
    const session = projectorSession(doc);
    const { rerender } = renderWithI18n(<Projector session={session} />);
    expect(within(bar()).getByText('COSMIC', { exact: false }).textContent).toBe('1. COSMIC');
    expect(within(bar()).getByText('Hämtar serverns tid…')).toBeTruthy();
    expect(within(bar()).queryByRole('timer')).toBeNull();

    serverClock.current = measured;
    rerender(<Projector session={session} />);
    expect(within(bar()).queryByText('Hämtar serverns tid…')).toBeNull();
    expect(within(bar()).getByRole('timer').textContent).toContain('14:59');
  });

  it('[FOL5] says "Mötet är avslutat" after the end, with no item and no countdown, and the agenda marks nothing as in progress', () => {
    const doc = aprilStarted();
    renderWithI18n(<Projector session={projectorSession(doc)} />);
    expect(screen.getByRole('list').querySelector('[aria-current="step"]')?.textContent).toContain('▶ Pågår');

    act(() => {
      for (let i = 1; i < 6; i++) nextItem(doc, SERVER_NOW + i * 1_000);
      endMeeting(doc, SERVER_NOW + 6_000);
    });
    expect(within(bar()).getByText('Mötet är avslutat')).toBeTruthy();
    expect(within(bar()).queryByRole('timer')).toBeNull();
    expect(within(bar()).queryByText(/Dialogmöte/)).toBeNull();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.filter((item) => item.getAttribute('aria-current'))).toEqual([]);
    expect(screen.queryByText('Pågår')).toBeNull();
    expect(items.map((item) => item.textContent?.includes('✓ Klar'))).toEqual(items.map(() => true));
  });

  it('[FOL5] speaks the UI’s language', () => {
    const doc = aprilStarted();
    act(() => endMeeting(doc, SERVER_NOW + 1_000));
    renderWithI18n(<Projector session={projectorSession(doc)} />, 'en');
    expect(within(bar()).getByText('The meeting has ended')).toBeTruthy();
  });
});
