// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReactElement } from 'react';
import { LiveRegionProvider } from '../../../client/components/app/LiveRegion.tsx';
import { TimerDisplay } from '../../../client/components/meeting/TimerDisplay.tsx';
import type { ItemProgress } from '../../../shared/meeting/timer.ts';
import { renderWithI18n } from '../app/renderWithI18n.tsx';

afterEach(cleanup);

const START = 1_750_000_000_000;
/** Five planned minutes, running since START. */
const running: ItemProgress = { elapsedMs: 0, runningSince: START, extraMs: 0, done: false };
const at = (seconds: number): number => START + seconds * 1000;

const inRegion = (ui: ReactElement) => <LiveRegionProvider>{ui}</LiveRegionProvider>;
const timer = (): HTMLElement => screen.getByRole('timer');
const spoken = (): string => `${screen.getByTestId('live-polite').textContent}|${screen.getByTestId('live-assertive').textContent}`.replaceAll('\u00a0', '');

describe('TimerDisplay [MTG18] [MTG19] [MTP3]', () => {
  it('counts down as mm:ss from the server time it is given, with no warning before the last minute', () => {
    renderWithI18n(inRegion(<TimerDisplay minutes={5} progress={running} now={at(61.4)} />));
    expect(timer().textContent).toBe('03:59');
    expect(timer().className).toContain('timer-normal');
    expect(timer().className).toContain('timer-running');
  });

  it('shows the full time of an item whose timer never ran, as paused in words', () => {
    renderWithI18n(inRegion(<TimerDisplay minutes={75} progress={undefined} now={at(0)} />));
    expect(timer().textContent).toBe('75:00Pausad');
  });

  it('says "Sista minuten" in words and an icon in the last minute, not by colour alone', () => {
    renderWithI18n(inRegion(<TimerDisplay minutes={5} progress={running} now={at(4 * 60 + 15)} />));
    expect(timer().textContent).toBe('00:45⚠ Sista minuten');
    expect(timer().className).toContain('timer-warning');
  });

  it('reads "+02:15 över tiden" when over, counting extensions in', () => {
    const { rerender } = renderWithI18n(inRegion(<TimerDisplay minutes={5} progress={running} now={at(5 * 60 + 135)} />));
    expect(timer().textContent).toBe('+02:15 över tiden');
    expect(timer().className).toContain('timer-over');
    rerender(inRegion(<TimerDisplay minutes={5} progress={{ ...running, extraMs: 5 * 60_000 }} now={at(5 * 60 + 135)} />));
    expect(timer().textContent).toBe('02:45');
  });

  it('stands still while paused: the elapsed time is the progress, whatever the clock says', () => {
    const paused: ItemProgress = { elapsedMs: 90_000, extraMs: 0, done: false };
    const { rerender } = renderWithI18n(inRegion(<TimerDisplay minutes={5} progress={paused} now={at(10)} />));
    expect(timer().textContent).toBe('03:30Pausad');
    rerender(inRegion(<TimerDisplay minutes={5} progress={paused} now={at(10_000)} />));
    expect(timer().textContent).toBe('03:30Pausad');
  });

  it('names the timer with what it shows, time and words, so a screen reader reading it hears the time (WCAG 4.1.2)', () => {
    const { rerender } = renderWithI18n(inRegion(<TimerDisplay minutes={5} progress={running} now={at(61.4)} />));
    expect(timer().getAttribute('aria-label')).toBe('Nedräkning: 03:59');
    rerender(inRegion(<TimerDisplay minutes={5} progress={running} now={at(4 * 60 + 15)} />));
    expect(timer().getAttribute('aria-label')).toBe('Nedräkning: 00:45, Sista minuten');
    // The name changes every second, but a timer is not a live region: only the turns are spoken (below).
    expect(timer().getAttribute('aria-live')).toBeNull();
    rerender(inRegion(<TimerDisplay minutes={5} progress={{ elapsedMs: 6 * 60_000, extraMs: 0, done: false }} now={at(0)} />));
    expect(timer().getAttribute('aria-label')).toBe('Nedräkning: +01:00 över tiden, Pausad');
  });

  it('announces the last minute and the over-time once each, on the turn, and never each second', () => {
    const { rerender } = renderWithI18n(inRegion(<TimerDisplay minutes={5} progress={running} now={at(200)} />));
    expect(spoken()).toBe('|');
    for (const second of [239, 240, 241, 242]) rerender(inRegion(<TimerDisplay minutes={5} progress={running} now={at(second)} />));
    expect(spoken()).toBe('Mindre än en minut kvar på punkten.|');
    expect(timer().getAttribute('aria-label')).toBe('Nedräkning: 00:58, Sista minuten');
    for (const second of [299, 300, 301, 302, 360]) rerender(inRegion(<TimerDisplay minutes={5} progress={running} now={at(second)} />));
    expect(spoken()).toBe('Mindre än en minut kvar på punkten.|Tiden för punkten är slut.');
  });

  it('says nothing for a page opened already over time, nor for a display told not to announce', () => {
    renderWithI18n(inRegion(<TimerDisplay minutes={5} progress={running} now={at(400)} />));
    expect(spoken()).toBe('|');
    cleanup();
    const { rerender } = renderWithI18n(inRegion(<TimerDisplay minutes={5} progress={running} now={at(200)} announce={false} />));
    rerender(inRegion(<TimerDisplay minutes={5} progress={running} now={at(400)} announce={false} />));
    expect(spoken()).toBe('|');
  });

  it('speaks English when English is chosen', () => {
    renderWithI18n(inRegion(<TimerDisplay minutes={5} progress={running} now={at(5 * 60 + 135)} size="large" />), 'en');
    expect(timer().textContent).toBe('+02:15 over time');
    expect(timer().getAttribute('aria-label')).toBe('Countdown: +02:15 over time');
    expect(timer().className).toContain('timer-large');
  });
});
