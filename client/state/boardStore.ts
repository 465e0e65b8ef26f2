import type * as Y from 'yjs';
import { getCardsMap, getColumnsMap, getMeta } from '../../shared/doc.ts';
import { readCard } from '../../shared/read/readCard.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { readMeta } from '../../shared/read/readMeta.ts';
import type { BoardSnapshot } from '../../shared/read/readBoard.ts';
import { compareOrdered } from '../../shared/order.ts';
import type { BoardMeta } from '../../shared/schema/board.ts';
import type { Card } from '../../shared/schema/card.ts';
import type { Column } from '../../shared/schema/column.ts';
import { sameSnapshot } from './sameSnapshot.ts';

type Listener = () => void;

/**
 * A cache of readonly snapshots over one board document, with subscriptions for
 * useSyncExternalStore. A card's snapshot object stays identical (===) while the card reads
 * the same, and a change notifies only the listeners of the cards it touched, so a remote
 * edit of one card re-renders that card alone.
 */
export interface BoardStore {
  /** Called after every transaction that changed what the board reads as. */
  subscribe(listener: Listener): () => void;
  /** Called only when this card's snapshot was replaced (or the card appeared or went). */
  subscribeCard(cardId: string, listener: Listener): () => void;
  /** Increments with every notifying change; a cheap key for derived caches. */
  getVersion(): number;
  /** Undefined until the document holds a board (e.g. before the first sync). */
  getMeta(): BoardMeta | undefined;
  getColumns(): readonly Column[];
  getCard(cardId: string): Card | undefined;
  /** Increments whenever anything under the card changed, even parts its snapshot omits (reports). */
  getCardRevision(cardId: string): number;
  /** Meta, columns and every card (archived included) sorted by (order, id); cached per version. */
  getBoard(): BoardSnapshot | undefined;
}

const stores = new WeakMap<Y.Doc, BoardStore>();

/**
 * The one store of a document, made on first use. It lives as long as the document (its
 * observers are held by the doc), so remounts and StrictMode's double effects share it.
 */
export function boardStoreFor(doc: Y.Doc): BoardStore {
  let store = stores.get(doc);
  if (!store) stores.set(doc, (store = createBoardStore(doc)));
  return store;
}

/** Builds a store and starts observing the document; use boardStoreFor to share one per doc. */
function createBoardStore(doc: Y.Doc): BoardStore {
  const cardsMap = getCardsMap(doc);
  const columnsMap = getColumnsMap(doc);
  const metaMap = getMeta(doc);
  const listeners = new Set<Listener>();
  const cardListeners = new Map<string, Set<Listener>>();
  const cards = new Map<string, Card>();
  const revisions = new Map<string, number>();
  const dirtyCards = new Set<string>();
  let dirtyColumns = false;
  let dirtyMeta = false;
  let version = 0;
  let meta = metaMap.has('kind') ? readMeta(doc) : undefined;
  let columns: readonly Column[] = readColumns(doc);
  let board: BoardSnapshot | undefined;

  for (const id of cardsMap.keys()) {
    const card = readCard(doc, id);
    if (card) cards.set(id, card);
  }

  const onCards = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    for (const event of events) {
      if (event.target === cardsMap) for (const key of event.changes.keys.keys()) dirtyCards.add(key);
      else dirtyCards.add(String(event.path[0]));
    }
  };
  const onColumns = (): void => void (dirtyColumns = true);
  const onMeta = (): void => void (dirtyMeta = true);

  // afterTransaction runs after every observer of the transaction, so one flush sees all its changes.
  const flush = (): void => {
    if (dirtyCards.size === 0 && !dirtyColumns && !dirtyMeta) return;
    // A card shows in the first column when its own is gone (COL5), and its fields depend on the
    // board's kind: a change of columns or meta can change how every card reads.
    if (dirtyColumns || dirtyMeta) for (const id of [...cardsMap.keys(), ...cards.keys()]) dirtyCards.add(id);
    const changed: string[] = [];
    for (const id of dirtyCards) {
      revisions.set(id, (revisions.get(id) ?? 0) + 1);
      const prev = cards.get(id);
      const next = cardsMap.has(id) ? readCard(doc, id) : undefined;
      if (!next) {
        if (prev) changed.push(id);
        cards.delete(id);
      } else if (!prev || !sameSnapshot(prev, next)) {
        cards.set(id, next);
        changed.push(id);
      }
    }
    dirtyCards.clear();
    if (dirtyColumns) columns = readColumns(doc);
    if (dirtyMeta) meta = metaMap.has('kind') ? readMeta(doc) : undefined;
    const boardChanged = changed.length > 0 || dirtyColumns || dirtyMeta;
    dirtyColumns = dirtyMeta = false;
    if (!boardChanged) return;
    version++;
    board = undefined;
    for (const id of changed) cardListeners.get(id)?.forEach((listener) => listener());
    listeners.forEach((listener) => listener());
  };

  cardsMap.observeDeep(onCards);
  columnsMap.observeDeep(onColumns);
  metaMap.observeDeep(onMeta);
  doc.on('afterTransaction', flush);

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    subscribeCard(cardId, listener) {
      let set = cardListeners.get(cardId);
      if (!set) cardListeners.set(cardId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) cardListeners.delete(cardId);
      };
    },
    getVersion: () => version,
    getMeta: () => meta,
    getColumns: () => columns,
    getCard: (cardId) => cards.get(cardId),
    getCardRevision: (cardId) => revisions.get(cardId) ?? 0,
    getBoard() {
      if (!meta) return undefined;
      board ??= { meta, columns: [...columns], cards: [...cards.values()].sort(compareOrdered) };
      return board;
    },
  };
}
