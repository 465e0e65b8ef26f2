import { useCallback, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { readEditingCards, type CardEditor } from '../sync/presence.ts';
import { useBoardContext } from './BoardContext.tsx';

interface EditorsStore {
  editors: Map<string, CardEditor>;
  listeners: Map<string, Set<() => void>>;
}

const stores = new WeakMap<Awareness, EditorsStore>();

const same = (a: CardEditor | undefined, b: CardEditor | undefined): boolean => a?.name === b?.name && a?.color === b?.color;

// One awareness listener per board reads who edits what and wakes only the cards whose editor changed.
function editorsOf(awareness: Awareness): EditorsStore {
  let store = stores.get(awareness);
  if (store) return store;
  const created: EditorsStore = { editors: readEditingCards(awareness), listeners: new Map() };
  awareness.on('change', () => {
    const next = readEditingCards(awareness);
    const touched = new Set([...created.editors.keys(), ...next.keys()]);
    const prev = created.editors;
    created.editors = next;
    for (const cardId of touched) {
      if (same(prev.get(cardId), next.get(cardId))) next.set(cardId, prev.get(cardId)!);
      else created.listeners.get(cardId)?.forEach((listener) => listener());
    }
  });
  stores.set(awareness, (store = created));
  return store;
}

/** Who else has this card open in the editor (name and colour), from awareness; undefined when no one or no awareness. */
export function useCardEditor(cardId: string): CardEditor | undefined {
  const { awareness } = useBoardContext();
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!awareness) return () => {};
      const { listeners } = editorsOf(awareness);
      let set = listeners.get(cardId);
      if (!set) listeners.set(cardId, (set = new Set()));
      set.add(listener);
      return () => void set.delete(listener);
    },
    [awareness, cardId],
  );
  return useSyncExternalStore(subscribe, () => (awareness ? editorsOf(awareness).editors.get(cardId) : undefined));
}
