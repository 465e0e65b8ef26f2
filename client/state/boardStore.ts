import type * as Y from 'yjs';
import { getCardsMap, getColumnsMap, getMeta, getMilestonesMap } from '../../shared/doc.ts';
import { readCard } from '../../shared/read/readCard.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { readMeta } from '../../shared/read/readMeta.ts';
import { readMilestones } from '../../shared/read/readMilestones.ts';
import type { BoardSnapshot } from '../../shared/read/readBoard.ts';
import { compareOrdered } from '../../shared/order.ts';
import type { BoardMeta } from '../../shared/schema/board.ts';
import type { Card } from '../../shared/schema/card.ts';
import type { Column } from '../../shared/schema/column.ts';
import type { Milestone } from '../../shared/schema/milestone.ts';
import { sameSnapshot } from './sameSnapshot.ts';

type Listener = () => void;

/**
 * A cache of readonly snapshots over one board document, with subscriptions for
 * useSyncExternalStore: the one way the client observes a document. A card's snapshot object
 * stays identical (===) while the card reads the same, and a change notifies only the listeners
 * of the cards it touched, so a remote edit of one card re-renders that card alone.
 */
export interface BoardStore {
  /** Called after every transaction that changed anything the store reads: meta, columns, a card (reports included), milestones. */
  subscribe(listener: Listener): () => void;
  /**
   * Called after every transaction that changed anything under this card, including parts its
   * snapshot omits (reports), and when the card appeared, went, or reads differently (COL5).
   */
  subscribeCard(cardId: string, listener: Listener): () => void;
  /** Increments with every notifying change; a cheap key for derived caches. */
  getVersion(): number;
  /** Undefined until the document holds a board (e.g. before the first sync). */
  getMeta(): BoardMeta | undefined;
  getColumns(): readonly Column[];
  getCard(cardId: string): Card | undefined;
  /** Increments whenever anything under the card changed, even parts its snapshot omits (reports). */
  getCardRevision(cardId: string): number;
  /** Meta, columns and every card (archived included) sorted by (order, id); the same object until one of them changes. */
  getBoard(): BoardSnapshot | undefined;
  /** The milestones sorted by date (MS3); the same array until a milestone changes. */
  getMilestones(): readonly Milestone[];
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
  const milestonesMap = getMilestonesMap(doc);
  const listeners = new Set<Listener>();
  const cardListeners = new Map<string, Set<Listener>>();
  const cards = new Map<string, Card>();
  const revisions = new Map<string, number>();
  // Cards a transaction changed something under (their own map, reports, texts).
  const touchedCards = new Set<string>();
  let dirtyColumns = false;
  let dirtyMeta = false;
  let dirtyMilestones = false;
  let version = 0;
  let meta = metaMap.has('kind') ? readMeta(doc) : undefined;
  let columns: readonly Column[] = readColumns(doc);
  let milestones: readonly Milestone[] = readMilestones(doc);
  let board: BoardSnapshot | undefined;

  for (const id of cardsMap.keys()) {
    const card = readCard(doc, id);
    if (card) cards.set(id, card);
  }

  const onCards = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    for (const event of events) {
      // A change of the cards map itself names the cards added or removed; any deeper change
      // (a field, a Y.Text, the reports map, one report) has the card's id first in its path.
      if (event.target === cardsMap) for (const key of event.changes.keys.keys()) touchedCards.add(key);
      else touchedCards.add(String(event.path[0]));
    }
  };
  const onColumns = (): void => void (dirtyColumns = true);
  const onMeta = (): void => void (dirtyMeta = true);
  const onMilestones = (): void => void (dirtyMilestones = true);

  /** Re-reads one card; true when its snapshot was replaced, added or removed. */
  const reread = (id: string): boolean => {
    const prev = cards.get(id);
    const next = cardsMap.has(id) ? readCard(doc, id) : undefined;
    if (!next) return cards.delete(id);
    if (prev && sameSnapshot(prev, next)) return false;
    cards.set(id, next);
    return true;
  };

  // afterTransaction runs after every observer of the transaction, so one flush sees all its changes.
  const flush = (): void => {
    if (touchedCards.size === 0 && !dirtyColumns && !dirtyMeta && !dirtyMilestones) return;
    const notified = new Set<string>(touchedCards);
    let cardsChanged = false;
    for (const id of touchedCards) if (reread(id)) cardsChanged = true;
    // A card shows in the first column when its own is gone (COL5), and its fields depend on the
    // board's kind: a change of columns or meta can change how any card reads.
    if (dirtyColumns || dirtyMeta) {
      for (const id of new Set([...cardsMap.keys(), ...cards.keys()])) {
        if (!touchedCards.has(id) && reread(id)) {
          notified.add(id);
          cardsChanged = true;
        }
      }
    }
    touchedCards.clear();
    if (dirtyColumns) columns = readColumns(doc);
    if (dirtyMeta) meta = metaMap.has('kind') ? readMeta(doc) : undefined;
    if (dirtyMilestones) milestones = readMilestones(doc);
    if (cardsChanged || dirtyColumns || dirtyMeta) board = undefined;
    dirtyColumns = dirtyMeta = dirtyMilestones = false;
    version++;
    for (const id of notified) revisions.set(id, (revisions.get(id) ?? 0) + 1);
    for (const id of notified) cardListeners.get(id)?.forEach((listener) => listener());
    listeners.forEach((listener) => listener());
  };

  cardsMap.observeDeep(onCards);
  columnsMap.observeDeep(onColumns);
  metaMap.observeDeep(onMeta);
  milestonesMap.observeDeep(onMilestones);
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
    getMilestones: () => milestones,
  };
}
