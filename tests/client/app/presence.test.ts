import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { readEditingCards, readPresence, setEditingCard, setPresenceUser } from '../../../client/sync/presence.ts';

/** Three peers whose awareness updates reach each other, as through the server. */
function peers(count: number): Awareness[] {
  const list = Array.from({ length: count }, (_, i) => {
    const doc = new Y.Doc();
    doc.clientID = i + 1;
    return new Awareness(doc);
  });
  for (const from of list) {
    from.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      const update = encodeAwarenessUpdate(from, [...added!, ...updated!, ...removed!]);
      for (const to of list) if (to !== from) applyAwarenessUpdate(to, update, 'remote');
    });
  }
  return list;
}

describe('presence', () => {
  it('lists everyone with a name, this user first', () => {
    const [anna, bo, anon] = peers(3);
    setPresenceUser(bo!, { name: 'Bo', color: '#b91c1c' });
    setPresenceUser(anna!, { name: 'Anna', color: '#1d4ed8' });
    anon!.setLocalStateField('cursor', 1); // no name yet: not shown
    expect(readPresence(bo!)).toEqual([
      { clientId: 2, name: 'Bo', color: '#b91c1c', isSelf: true },
      { clientId: 1, name: 'Anna', color: '#1d4ed8', isSelf: false },
    ]);
  });

  it('shows who else is editing which card, never this user', () => {
    const [anna, bo, cia] = peers(3);
    setPresenceUser(anna!, { name: 'Anna', color: '#1d4ed8' });
    setPresenceUser(bo!, { name: 'Bo', color: '#b91c1c' });
    setPresenceUser(cia!, { name: 'Cia', color: '#047857' });
    setEditingCard(anna!, 'card-1');
    setEditingCard(bo!, 'card-2');
    expect(readEditingCards(anna!)).toEqual(new Map([['card-2', { name: 'Bo', color: '#b91c1c' }]]));
    expect(readEditingCards(cia!)).toEqual(
      new Map([
        ['card-1', { name: 'Anna', color: '#1d4ed8' }],
        ['card-2', { name: 'Bo', color: '#b91c1c' }],
      ]),
    );
    setEditingCard(bo!, null);
    expect([...readEditingCards(cia!).keys()]).toEqual(['card-1']);
  });

  it('forgets a user who leaves', () => {
    const [anna, bo] = peers(2);
    setPresenceUser(anna!, { name: 'Anna', color: '#1d4ed8' });
    setPresenceUser(bo!, { name: 'Bo', color: '#b91c1c' });
    setEditingCard(bo!, 'card-1');
    bo!.setLocalState(null);
    expect(readPresence(anna!).map((u) => u.name)).toEqual(['Anna']);
    expect(readEditingCards(anna!).size).toBe(0);
  });
});
