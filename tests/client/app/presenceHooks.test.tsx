// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { setEditingCard, setPresenceUser } from '../../../client/sync/presence.ts';
import { useEditingCard } from '../../../client/sync/useEditingCard.ts';
import { usePresence } from '../../../client/sync/usePresence.ts';

afterEach(cleanup);

/** `other`'s current state, delivered to `me` as the server would relay it. */
function relay(other: Awareness, me: Awareness): void {
  applyAwarenessUpdate(me, encodeAwarenessUpdate(other, [other.clientID]), 'remote');
}

function pair() {
  const me = new Awareness(new Y.Doc());
  const other = new Awareness(new Y.Doc());
  setPresenceUser(me, { name: 'Anna', color: '#1d4ed8' });
  setPresenceUser(other, { name: 'Bo', color: '#b91c1c' });
  return { me, other };
}

describe('presence hooks', () => {
  it('useEditingCard follows what others open and keeps its identity through unrelated changes', () => {
    const { me, other } = pair();
    const { result } = renderHook(() => useEditingCard(me));
    expect(result.current.size).toBe(0);

    act(() => {
      setEditingCard(other, 'card-1');
      relay(other, me);
    });
    expect(result.current.get('card-1')).toEqual({ name: 'Bo', color: '#b91c1c' });
    const before = result.current;

    act(() => {
      other.setLocalStateField('cursor', 42); // a change that moves no editor
      relay(other, me);
      setEditingCard(me, 'card-2'); // this user's own editing is not shown to this user
    });
    expect(result.current).toBe(before);
  });

  it('usePresence lists newcomers and keeps its identity while nobody comes or goes', () => {
    const { me, other } = pair();
    const { result } = renderHook(() => usePresence(me));
    expect(result.current.map((u) => u.name)).toEqual(['Anna']);
    act(() => relay(other, me));
    expect(result.current.map((u) => u.name)).toEqual(['Anna', 'Bo']);
    const before = result.current;
    act(() => {
      setEditingCard(other, 'card-1');
      relay(other, me);
    });
    expect(result.current).toBe(before);
  });
});
