// @vitest-environment jsdom
import '../actEnvironment.ts';
import { useRef, useState } from 'react';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { LiveRegionProvider } from '../../../client/components/app/LiveRegion.tsx';
import { FollowBar } from '../../../client/components/present/FollowBar.tsx';
import type { LeaderView } from '../../../client/meeting/leaderView.ts';
import { useFollow } from '../../../client/meeting/useFollow.ts';
import { usePointedCard, HOVER_DWELL_MS } from '../../../client/meeting/usePointedCard.ts';
import { renderWithI18n } from '../app/renderWithI18n.tsx';

const scrolled: Element[] = [];
const made: Awareness[] = [];
beforeEach(() => {
  // jsdom has no layout: scrollIntoView records which card was brought into view.
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});
afterEach(() => {
  cleanup();
  scrolled.length = 0;
  made.splice(0).forEach((a) => a.destroy());
  vi.useRealTimers();
});

/** A participant's meeting page in miniature: a stage with two cards, and the follow bar inside it. */
function Participant({ awareness, onPointed }: { awareness: Awareness; onPointed?: (id: string | undefined) => void }) {
  const stageRef = useRef<HTMLDivElement>(null);
  const follow = useFollow({ awareness, stageRef, enabled: true });
  onPointed?.(usePointedCard(stageRef));
  return (
    <LiveRegionProvider>
      <div ref={stageRef} data-testid="stage">
        <FollowBar follow={follow} />
        <article data-card-id="card-a" aria-label="A">
          <button type="button">Öppna A</button>
        </article>
        <article data-card-id="card-b" aria-label="B">
          <button type="button">Öppna B</button>
          <input aria-label="Kommentar" />
        </article>
      </div>
      <p data-testid="view">{follow.view?.cardId ?? '-'}</p>
    </LiveRegionProvider>
  );
}

/** The facilitator's client (id 50), whose views reach `to` as the server relays them, stamped. */
function facilitatorOf(to: Awareness): (cardId: string, at: number) => void {
  const doc = new Y.Doc();
  doc.clientID = 50;
  const from = new Awareness(doc);
  made.push(from);
  return (cardId, at) => {
    from.setLocalState({ user: { name: 'Anna', role: 'facilitator' }, view: { itemId: 'item-2', boardId: 'hsf-atgarder', cardId, at } });
    act(() => applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [50]), 'remote'));
  };
}

const polite = () => screen.getByTestId('live-polite').textContent?.trim();
const button = (name: string) => screen.getByRole('button', { name });

describe('"Följ mötesledaren" (useFollow, FollowBar)', () => {
  it('[FOL4] follows: says so, announces it, and brings the facilitator’s card into view and marks it', () => {
    const awareness = new Awareness(new Y.Doc());
    renderWithI18n(<Participant awareness={awareness} />);
    const facilitatorShows = facilitatorOf(awareness);
    facilitatorShows('card-b', 1000);
    expect(scrolled).toEqual([]); // not following yet
    fireEvent.click(button('Följ mötesledaren'));
    expect(screen.getByText('Du följer mötesledaren')).toBeTruthy();
    expect(polite()).toBe('Du följer mötesledaren.');
    const cardB = screen.getByRole('article', { name: 'B' });
    expect(scrolled).toEqual([cardB]);
    expect(cardB.hasAttribute('data-followed')).toBe(true);
    facilitatorShows('card-a', 2000);
    expect(scrolled.at(-1)).toBe(screen.getByRole('article', { name: 'A' }));
    expect(cardB.hasAttribute('data-followed')).toBe(false);
    // Scroll events (what the programmatic scroll fires) leave the mode as it is.
    fireEvent.scroll(screen.getByTestId('stage'));
    expect(screen.getByText('Du följer mötesledaren')).toBeTruthy();
    awareness.destroy();
  });

  it('[FOL4] wheel, touch, scroll keys, a click and typing in the stage each leave, and "Följ igen" follows again', () => {
    const awareness = new Awareness(new Y.Doc());
    renderWithI18n(<Participant awareness={awareness} />);
    facilitatorOf(awareness)('card-a', 1000);
    const stage = screen.getByTestId('stage');
    const inputs: [string, () => void][] = [
      ['wheel', () => fireEvent.wheel(stage)],
      ['touchmove', () => fireEvent.touchMove(screen.getByRole('article', { name: 'A' }))],
      ['PageDown', () => fireEvent.keyDown(stage, { key: 'PageDown' })],
      ['pointerdown', () => fireEvent.pointerDown(screen.getByRole('button', { name: 'Öppna B' }))],
      ['click', () => fireEvent.click(screen.getByRole('button', { name: 'Öppna B' }))],
      ['typing', () => fireEvent(screen.getByRole('textbox', { name: 'Kommentar' }), new InputEvent('beforeinput', { bubbles: true, data: 'x' }))],
    ];
    fireEvent.click(button('Följ mötesledaren'));
    for (const [name, input] of inputs) {
      act(input);
      expect(screen.getByText('Du följer inte mötesledaren'), name).toBeTruthy();
      expect(polite(), name).toBe('Du följer inte längre mötesledaren. Välj Följ igen för att följa.');
      fireEvent.click(button('Följ igen'));
      expect(screen.getByText('Du följer mötesledaren'), name).toBeTruthy();
    }
    awareness.destroy();
  });

  it('[FOL4] Tab and inputs outside the stage do not leave; the bar’s own button keeps the focus as its words change', () => {
    const awareness = new Awareness(new Y.Doc());
    renderWithI18n(
      <>
        <Participant awareness={awareness} />
        <button type="button">Utanför</button>
      </>,
    );
    const toggle = button('Följ mötesledaren');
    toggle.focus();
    fireEvent.click(toggle);
    fireEvent.keyDown(screen.getByTestId('stage'), { key: 'Tab' });
    fireEvent.wheel(document.body);
    fireEvent.click(button('Utanför'));
    expect(screen.getByText('Du följer mötesledaren – mötesledaren visar inget just nu')).toBeTruthy();
    expect(document.activeElement).toBe(toggle);
    expect(toggle.textContent).toBe('Sluta följa');
    fireEvent.click(toggle);
    expect(toggle.textContent).toBe('Följ igen');
    expect(document.activeElement).toBe(toggle);
    awareness.destroy();
  });

  it('[FOL4] speaks the UI’s language', () => {
    const awareness = new Awareness(new Y.Doc());
    renderWithI18n(<Participant awareness={awareness} />, 'en');
    fireEvent.click(button('Follow the facilitator'));
    expect(polite()).toBe('You are following the facilitator.');
    fireEvent.wheel(screen.getByTestId('stage'));
    expect(button('Follow again')).toBeTruthy();
    expect(polite()).toBe('You no longer follow the facilitator. Choose Follow again to follow.');
    awareness.destroy();
  });
});

/** A stage that shows the followed board, and keeps it when the user's own input leaves (onLeave). */
function KeepingStage({ awareness, onOpen }: { awareness: Awareness; onOpen: () => void }) {
  const stageRef = useRef<HTMLDivElement>(null);
  const [kept, setKept] = useState<LeaderView | undefined>(undefined);
  const follow = useFollow({ awareness, stageRef, enabled: true, onLeave: setKept });
  const shown = follow.following ? follow.view : kept;
  return (
    <LiveRegionProvider>
      <FollowBar follow={follow} />
      <div ref={stageRef} data-testid="stage">
        {shown?.boardId && (
          <article data-card-id="card-b" aria-label="B">
            <button type="button" onClick={onOpen}>
              Öppna B
            </button>
          </article>
        )}
      </div>
    </LiveRegionProvider>
  );
}

describe('leaving follow mode keeps what was followed (onLeave)', () => {
  it('[FOL4] the input that leaves hands over the followed view in the same event, so the card it clicks is still there', () => {
    const awareness = new Awareness(new Y.Doc());
    let opened = 0;
    renderWithI18n(<KeepingStage awareness={awareness} onOpen={() => opened++} />);
    facilitatorOf(awareness)('card-b', 1000);
    fireEvent.click(button('Följ mötesledaren'));
    const open = screen.getByRole('button', { name: 'Öppna B' });
    fireEvent.pointerDown(open);
    expect(button('Följ igen')).toBeTruthy();
    // The board did not go away between the pointer going down and the click.
    expect(screen.getByRole('button', { name: 'Öppna B' })).toBe(open);
    fireEvent.click(open);
    expect(opened).toBe(1);
    awareness.destroy();
  });

  it('[FOL4] "Sluta följa" is no input in the stage: nothing is handed over, the page decides', () => {
    const awareness = new Awareness(new Y.Doc());
    renderWithI18n(<KeepingStage awareness={awareness} onOpen={() => {}} />);
    facilitatorOf(awareness)('card-b', 1000);
    fireEvent.click(button('Följ mötesledaren'));
    fireEvent.click(button('Sluta följa'));
    expect(screen.queryByRole('button', { name: 'Öppna B' })).toBeNull();
    awareness.destroy();
  });
});

describe('the card the facilitator points at (usePointedCard)', () => {
  it('[FOL3] is the card focused in the stage, the card hovered after a rest, and nothing outside the stage', () => {
    vi.useFakeTimers();
    const awareness = new Awareness(new Y.Doc());
    let pointed: string | undefined;
    renderWithI18n(
      <>
        <Participant awareness={awareness} onPointed={(id) => (pointed = id)} />
        <button type="button">Utanför</button>
      </>,
    );
    act(() => screen.getByRole('button', { name: 'Öppna A' }).focus());
    expect(pointed).toBe('card-a');
    fireEvent.pointerOver(screen.getByRole('article', { name: 'B' }));
    act(() => vi.advanceTimersByTime(HOVER_DWELL_MS - 50));
    expect(pointed).toBe('card-a');
    act(() => vi.advanceTimersByTime(100));
    expect(pointed).toBe('card-b');
    act(() => screen.getByRole('button', { name: 'Utanför' }).focus());
    fireEvent.pointerOver(screen.getByRole('button', { name: 'Utanför' }));
    act(() => vi.advanceTimersByTime(HOVER_DWELL_MS));
    expect(pointed).toBeUndefined();
    awareness.destroy();
  });
});
