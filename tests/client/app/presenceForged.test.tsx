// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { PresenceAvatars } from '../../../client/components/app/PresenceAvatars.tsx';
import { createCard } from '../../../shared/ops/cards.ts';
import { colorOfClient, readEditingCards, readPresence, setPresenceUser } from '../../../client/sync/presence.ts';
import { makeBoard } from '../board/boardFixture.ts';
import { renderBoardView } from '../board/renderBoardView.tsx';
import { renderWithI18n } from './renderWithI18n.tsx';

afterEach(cleanup);

const EVIL_COLOR = 'red, 0 0 0 100vmax rgba(0,0,0,.92)';

/** A peer announcing `state` under `clientId`, its clock pushed to `clock` (a forger picks any). */
function forger(clientId: number, state: Record<string, unknown>, clock = 1): Awareness {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const awareness = new Awareness(doc);
  for (let i = 0; i < clock; i++) awareness.setLocalState(state);
  return awareness;
}

const deliver = (from: Awareness, to: Awareness) => act(() => applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [from.clientID]), 'remote'));

describe('forged presence on the client (PRS7)', () => {
  it('[PRS7] a colour that is not #rrggbb never reaches a style, and a name is only text', () => {
    const { doc, columns } = makeBoard();
    const card = createCard(doc, { column: columns[0]!, title: 'Inköp' });
    const local = new Awareness(doc);
    const eva = forger(77, { user: { name: '<img src=x onerror=alert(1)>', color: EVIL_COLOR }, editing: card });
    renderBoardView(doc, { awareness: local });
    renderWithI18n(<PresenceAvatars awareness={local} />);
    deliver(eva, local);

    const face = screen.getByRole('article', { name: 'Inköp' });
    expect(within(face).getByText('<img src=x onerror=alert(1)> redigerar')).toBeTruthy();
    expect(face.style.getPropertyValue('--editor-color')).toBe(colorOfClient(77));
    expect(document.querySelector('img')).toBeNull();
    const avatar = document.querySelector<HTMLElement>('.presence-avatar')!;
    expect(avatar.getAttribute('style')).not.toContain('vmax');
    expect(readPresence(local).map((user) => user.color)).toEqual([colorOfClient(77)]);
    local.destroy();
    eva.destroy();
  });

  it('[PRS7] a card id that is not an id is not shown as edited', () => {
    const local = new Awareness(new Y.Doc());
    const eva = forger(78, { user: { name: 'Eva', color: '#b91c1c' }, editing: 'x" onload="' });
    deliver(eva, local);
    expect(readEditingCards(local).size).toBe(0);
    local.destroy();
    eva.destroy();
  });

  it('[PRS7] a remote state under this client’s own id is not adopted: its own is put back, under a higher clock', () => {
    const local = new Awareness(new Y.Doc());
    const mine = { name: 'Anna Berg', color: '#b91c1c' };
    setPresenceUser(local, mine);
    const sent: number[] = [];
    local.on('update', (_changes: unknown, origin: unknown) => origin === 'local' && sent.push(local.meta.get(local.clientID)!.clock));
    const forged = forger(local.clientID, { user: { name: 'Administratör', color: EVIL_COLOR }, editing: 'kort' }, 50);
    deliver(forged, local);

    expect(local.getLocalState()).toEqual({ user: mine });
    // Sent again with a clock above the forger's, so every other client takes Anna's state back.
    expect(sent.at(-1)).toBeGreaterThan(forged.meta.get(local.clientID)!.clock);
    expect(readPresence(local)).toEqual([{ clientId: local.clientID, ...mine, isSelf: true }]);
    local.destroy();
    forged.destroy();
  });
});
