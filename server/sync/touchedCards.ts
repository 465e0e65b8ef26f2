import type * as Y from 'yjs';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its nodes by their event type
type AnyType = Y.AbstractType<any>;

/** What a set of transactions changed, as far as validating it is concerned. */
export interface Touched {
  /** Ids of the cards whose map, or anything inside it, changed (added, replaced, edited or removed). */
  cards: Set<string>;
  /** Ids of a meeting's agenda items likewise (MTS2): `agenda` is to a meeting what `cards` is to a board. */
  items: Set<string>;
  /** Names of the top-level types that changed anywhere inside, `cards` included. */
  roots: Set<string>;
}

/** The top-level maps whose entries are validated one by one, and where their touched ids go. */
const ENTRIES = { cards: 'cards', agenda: 'items' } as const satisfies Record<string, keyof Touched>;
const entriesOf = (root: string): 'cards' | 'items' | undefined => (Object.hasOwn(ENTRIES, root) ? ENTRIES[root as keyof typeof ENTRIES] : undefined);

/**
 * Walks every changed type of `transactions` up to its top-level type (Yjs records a change on the
 * type whose own content changed: a card's Y.Text, a card map, the `cards` map for an added
 * card). A change below `cards` names the card it is in, one below a meeting's `agenda` the item. Changes inside deleted types are not
 * recorded by Yjs, and need no check: a deleted card is not part of the board.
 */
export function touchedCards(doc: Y.Doc, transactions: readonly Y.Transaction[]): Touched {
  const names = new Map<AnyType, string>();
  doc.share.forEach((type, name) => names.set(type, name));
  const touched: Touched = { cards: new Set(), items: new Set(), roots: new Set() };
  for (const transaction of transactions) {
    transaction.changed.forEach((keys, type) => {
      let node: AnyType = type;
      let entry: string | null = null;
      while (node._item) {
        entry = node._item.parentSub;
        node = node._item.parent as AnyType;
      }
      const root = names.get(node) ?? '';
      touched.roots.add(root);
      const ids = entriesOf(root);
      if (ids === undefined) return;
      if (node === type) keys.forEach((key) => key !== null && touched[ids].add(key));
      else if (entry !== null) touched[ids].add(entry);
    });
  }
  return touched;
}
