// @vitest-environment jsdom
import '../actEnvironment.ts';
import { useRef } from 'react';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { useStage, type Stage } from '../../../client/meeting/useStage.ts';

const made: Awareness[] = [];
const awareness = (clientId: number): Awareness => {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const a = new Awareness(doc);
  made.push(a);
  return a;
};
beforeEach(() => {
  Element.prototype.scrollIntoView = () => {};
});
afterEach(() => {
  cleanup();
  made.splice(0).forEach((a) => a.destroy());
});

const SERVER_NOW = 1_700_000_000_000;

function StageOf({ presence, leader, currentItem, onStage }: { presence: Awareness; leader: boolean; currentItem: string | undefined; onStage: (stage: Stage) => void }) {
  const stageRef = useRef<HTMLElement>(null);
  onStage(useStage({ awareness: presence, stageRef, leader, currentItem, now: () => SERVER_NOW }));
  return (
    <section ref={stageRef}>
      <article data-card-id="card-1">
        <button type="button">Öppna</button>
      </article>
    </section>
  );
}

describe('useStage [MTP9] [FOL1] [FOL2] [FOL4]', () => {
  it('[MTP9] publishes nothing for a facilitator who only opens the page, however the meeting stands: an admin reading notes does not take the projector', () => {
    const presence = awareness(1);
    let stage: Stage | undefined;
    const { rerender } = render(<StageOf presence={presence} leader currentItem="item-a" onStage={(s) => (stage = s)} />);
    expect(presence.getLocalState()?.view).toBeUndefined();
    // Another facilitator moving the meeting is not this one's action either.
    rerender(<StageOf presence={presence} leader currentItem="item-b" onStage={(s) => (stage = s)} />);
    expect(presence.getLocalState()?.view).toBeUndefined();
    expect(stage?.view).toBeNull();
  });

  it('[MTP9] publishes the facilitator’s view with the server’s time once they move the meeting: the current item, then the board they show; a new current item clears the stage', () => {
    const presence = awareness(1);
    let stage: Stage | undefined;
    const { rerender } = render(<StageOf presence={presence} leader currentItem="item-a" onStage={(s) => (stage = s)} />);
    act(() => stage!.lead());
    expect(presence.getLocalState()?.view).toEqual({ itemId: 'item-a', at: SERVER_NOW });
    expect(stage?.follow).toBeUndefined();

    act(() => stage!.show({ itemId: 'item-a', boardId: 'hsf-atgarder' }));
    expect(stage?.view).toEqual({ itemId: 'item-a', boardId: 'hsf-atgarder' });
    expect(presence.getLocalState()?.view).toEqual({ itemId: 'item-a', boardId: 'hsf-atgarder', at: SERVER_NOW });

    rerender(<StageOf presence={presence} leader currentItem="item-b" onStage={(s) => (stage = s)} />);
    expect(stage?.view).toBeNull();
    expect(presence.getLocalState()?.view).toEqual({ itemId: 'item-b', at: SERVER_NOW });
  });

  it('[MTP9] [FOL3] makes a facilitator who shows a board lead with it and the card they point at, and withdraws the view when they leave', () => {
    const presence = awareness(4);
    let stage: Stage | undefined;
    const { getByRole, unmount } = render(<StageOf presence={presence} leader currentItem="item-a" onStage={(s) => (stage = s)} />);
    act(() => stage!.show({ itemId: 'item-a', boardId: 'hsf-atgarder' }));
    expect(presence.getLocalState()?.view).toEqual({ itemId: 'item-a', boardId: 'hsf-atgarder', at: SERVER_NOW });
    act(() => getByRole('button', { name: 'Öppna' }).focus());
    expect(presence.getLocalState()?.view).toEqual({ itemId: 'item-a', boardId: 'hsf-atgarder', cardId: 'card-1', at: SERVER_NOW });
    unmount();
    expect(presence.getLocalState()?.view).toBeNull();
  });

  it('shows a participant their own choice until they follow, then the facilitator’s view; choosing a board leaves follow mode', () => {
    const presence = awareness(2);
    const leader = awareness(50);
    leader.setLocalState({ user: { name: 'Anna', role: 'facilitator' }, view: { itemId: 'item-b', boardId: 'hsf-atgarder', cardId: 'card-1', at: SERVER_NOW } });
    applyAwarenessUpdate(presence, encodeAwarenessUpdate(leader, [50]), 'remote');
    let stage: Stage | undefined;
    render(<StageOf presence={presence} leader={false} currentItem="item-b" onStage={(s) => (stage = s)} />);
    expect(stage?.view).toBeNull();
    // A participant's own view is never published (the server would drop it anyway, PRS4).
    expect(presence.getLocalState()?.view).toBeUndefined();

    act(() => stage!.follow!.follow());
    expect(stage?.view).toEqual({ itemId: 'item-b', boardId: 'hsf-atgarder', cardId: 'card-1' });
    act(() => stage!.show({ itemId: 'item-a', boardId: 'hsf-fm-uppdrag-2025' }));
    expect(stage?.follow?.status).toBe('left');
    expect(stage?.view).toEqual({ itemId: 'item-a', boardId: 'hsf-fm-uppdrag-2025' });
  });

  it('keeps the followed board on the stage when the participant clicks out of follow mode, so the click lands on it', () => {
    const presence = awareness(3);
    const leader = awareness(51);
    leader.setLocalState({ user: { name: 'Anna', role: 'facilitator' }, view: { itemId: 'item-b', boardId: 'hsf-atgarder', cardId: 'card-1', at: SERVER_NOW } });
    applyAwarenessUpdate(presence, encodeAwarenessUpdate(leader, [51]), 'remote');
    let stage: Stage | undefined;
    const { getByRole } = render(<StageOf presence={presence} leader={false} currentItem="item-b" onStage={(s) => (stage = s)} />);
    act(() => stage!.follow!.follow());
    act(() => void getByRole('button', { name: 'Öppna' }).dispatchEvent(new MouseEvent('pointerdown', { bubbles: true })));
    expect(stage?.follow?.status).toBe('left');
    expect(stage?.view).toEqual({ itemId: 'item-b', boardId: 'hsf-atgarder' });
  });
});
