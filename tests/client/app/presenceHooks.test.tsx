// @vitest-environment jsdom
import '../actEnvironment.ts';
import type { ReactNode } from 'react';
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { setEditingCard, setPresenceUser } from '../../../client/sync/presence.ts';
import { BoardProvider } from '../../../client/state/BoardContext.tsx';
import { useCardEditor } from '../../../client/state/useCardEditor.ts';
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
  it('useCardEditor names who else has a card open, and wakes only the cards whose editor changed', () => {
    const { me, other } = pair();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <BoardProvider doc={me.doc} origin={null} awareness={me}>
        {children}
      </BoardProvider>
    );
    const renders = { one: 0, two: 0 };
    const one = renderHook(() => (renders.one++, useCardEditor('card-1')), { wrapper });
    const two = renderHook(() => (renders.two++, useCardEditor('card-2')), { wrapper });
    expect([one.result.current, two.result.current]).toEqual([undefined, undefined]);

    act(() => {
      setEditingCard(other, 'card-1');
      relay(other, me);
    });
    expect(one.result.current).toEqual({ name: 'Bo', color: '#b91c1c' });
    expect(two.result.current).toBeUndefined();
    const before = { one: renders.one, two: renders.two, editor: one.result.current };

    act(() => {
      other.setLocalStateField('cursor', 42); // a change that moves no editor
      relay(other, me);
      setEditingCard(me, 'card-2'); // this user's own editing is not shown to this user
    });
    expect(one.result.current).toBe(before.editor);
    expect(two.result.current).toBeUndefined();
    expect(renders).toEqual({ one: before.one, two: before.two });

    act(() => {
      setEditingCard(other, 'card-2');
      relay(other, me);
    });
    expect(one.result.current).toBeUndefined();
    expect(two.result.current).toEqual({ name: 'Bo', color: '#b91c1c' });
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
