import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { publishLeaderView, readLeaderView, toLeaderView } from '../../../client/meeting/leaderView.ts';

const made: Awareness[] = [];
afterEach(() => made.splice(0).forEach((a) => a.destroy()));

/** An awareness under `clientId`. */
function peer(clientId: number): Awareness {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const awareness = new Awareness(doc);
  made.push(awareness);
  return awareness;
}

/** A remote state as the server relays it: whatever `state` says, under `clientId`. */
function remote(to: Awareness, clientId: number, state: Record<string, unknown>): void {
  const from = peer(clientId);
  from.setLocalState(state);
  applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [clientId]), 'remote');
}

const facilitator = (name: string) => ({ name, role: 'facilitator', color: '#1d4ed8' });

describe('the facilitator’s view (readLeaderView)', () => {
  it('[FOL1] follows a facilitator-stamped state’s view, with only its known fields', () => {
    const me = peer(1);
    remote(me, 2, { user: facilitator('Anna'), editing: null, view: { itemId: 'item-2', boardId: 'hsf-atgarder', cardId: 'friskvardstimme', at: 1000, extra: '<b>' } });
    expect(readLeaderView(me)).toEqual({ itemId: 'item-2', boardId: 'hsf-atgarder', cardId: 'friskvardstimme', at: 1000 });
  });

  it('[FOL1] ignores the views of editors, viewers, share links and unstamped states', () => {
    const me = peer(1);
    const view = { itemId: 'item-2', boardId: 'hsf-atgarder', at: 5000 };
    remote(me, 2, { user: { name: 'Bo', role: 'editor' }, view });
    remote(me, 3, { user: { name: '', role: 'viewer' }, view });
    remote(me, 4, { user: { name: 'Cia' }, view });
    remote(me, 5, { view });
    remote(me, 6, { user: 'facilitator', view });
    expect(readLeaderView(me)).toBeUndefined();
    remote(me, 7, { user: facilitator('Anna'), view: { ...view, at: 1 } });
    expect(readLeaderView(me)).toEqual({ ...view, at: 1 });
  });

  it('[FOL1] the newest view wins among several facilitators; a tie goes to the lowest client id', () => {
    const me = peer(1);
    remote(me, 30, { user: facilitator('Anna'), view: { itemId: 'a', at: 2000 } });
    remote(me, 20, { user: facilitator('Bo'), view: { itemId: 'b', at: 3000 } });
    remote(me, 10, { user: facilitator('Cia'), view: { itemId: 'c', at: 1000 } });
    expect(readLeaderView(me)?.itemId).toBe('b');
    remote(me, 40, { user: facilitator('Dan'), view: { itemId: 'd', at: 3000 } });
    expect(readLeaderView(me)?.itemId).toBe('b');
    remote(me, 5, { user: facilitator('Eva'), view: { itemId: 'e', at: 3000 } });
    expect(readLeaderView(me)?.itemId).toBe('e');
  });

  it('[FOL1] a forged or broken view is not followed, and does not hide a valid one', () => {
    const me = peer(1);
    const forged: unknown[] = [
      null,
      'item-1',
      [],
      { itemId: 'item-1' },
      { itemId: 'item-1', at: '5' },
      { itemId: 'item-1', at: Number.NaN },
      { itemId: 'item-1', at: Number.POSITIVE_INFINITY },
      { itemId: '', at: 9 },
      { itemId: 'x" onload="', at: 9 },
      { itemId: '__proto__', at: 9 },
      { itemId: 'a'.repeat(65), at: 9 },
      { itemId: 'item-1', boardId: '../admin', at: 9 },
      { itemId: 'item-1', boardId: 7, at: 9 },
      { itemId: 'item-1', boardId: 'hsf-atgarder', cardId: '<img src=x>', at: 9 },
      { itemId: 'item-1', boardId: 'hsf-atgarder', cardId: null, at: 9 },
    ];
    forged.forEach((view, i) => remote(me, 100 + i, { user: facilitator('Eva'), view }));
    expect(readLeaderView(me)).toBeUndefined();
    remote(me, 2, { user: facilitator('Anna'), view: { itemId: 'item-1', at: 1 } });
    expect(readLeaderView(me)).toEqual({ itemId: 'item-1', at: 1 });
  });

  it('[FOL1] a card without its board names nothing to open and is dropped; a board alone is kept', () => {
    expect(toLeaderView({ itemId: 'i', cardId: 'c', at: 1 })).toEqual({ itemId: 'i', at: 1 });
    expect(toLeaderView({ itemId: 'i', boardId: 'b', at: 1 })).toEqual({ itemId: 'i', boardId: 'b', at: 1 });
  });

  it('[FOL1] never follows this client’s own state, even one that calls itself facilitator', () => {
    const me = peer(1);
    me.setLocalState({ user: facilitator('Me'), view: { itemId: 'mine', at: 9e12 } });
    expect(readLeaderView(me)).toBeUndefined();
  });

  it('[FOL1] a facilitator who leaves is no longer followed', () => {
    const me = peer(1);
    const anna = peer(2);
    anna.setLocalState({ user: facilitator('Anna'), view: { itemId: 'i', at: 1 } });
    applyAwarenessUpdate(me, encodeAwarenessUpdate(anna, [2]), 'remote');
    expect(readLeaderView(me)).toBeDefined();
    anna.setLocalState(null);
    applyAwarenessUpdate(me, encodeAwarenessUpdate(anna, [2]), 'remote');
    expect(readLeaderView(me)).toBeUndefined();
  });
});

describe('publishing the view (publishLeaderView)', () => {
  it('[FOL2] sets the view field of the local state, beside what else it holds', () => {
    const me = peer(1);
    me.setLocalState({ user: { name: 'Anna', color: '#1d4ed8' }, editing: null });
    publishLeaderView(me, { itemId: 'item-2', boardId: 'hsf-atgarder', at: 1000 });
    expect(me.getLocalState()).toEqual({ user: { name: 'Anna', color: '#1d4ed8' }, editing: null, view: { itemId: 'item-2', boardId: 'hsf-atgarder', at: 1000 } });
    publishLeaderView(me, null);
    expect(me.getLocalState()?.view).toBeNull();
  });

  it('[FOL2] the same place is not sent again: its time stays the moment it was chosen', () => {
    const me = peer(1);
    me.setLocalState({ user: { name: 'Anna' } });
    const sent: number[] = [];
    me.on('update', () => sent.push(me.getLocalState()?.view?.at));
    publishLeaderView(me, { itemId: 'item-2', boardId: 'b', at: 1000 });
    publishLeaderView(me, { itemId: 'item-2', boardId: 'b', at: 2000 });
    publishLeaderView(me, { itemId: 'item-2', boardId: 'b', cardId: 'c', at: 3000 });
    publishLeaderView(me, null);
    publishLeaderView(me, null);
    expect(sent).toEqual([1000, 3000, undefined]);
  });

  it('[FOL2] publishes only the known fields of a valid view', () => {
    const me = peer(1);
    publishLeaderView(me, { itemId: 'item-2', at: 5, style: 'x' } as never);
    expect(me.getLocalState()?.view).toEqual({ itemId: 'item-2', at: 5 });
    publishLeaderView(me, { itemId: 'not an id', at: 6 });
    expect(me.getLocalState()?.view).toBeNull();
  });
});
