import * as Y from 'yjs';
import { REPORT_TEXT_FIELDS, type ReportTextField } from '../schema/report.ts';
import { getCardsMap } from '../doc.ts';
import { replaceText } from './textEdits.ts';

type Texts = Record<ReportTextField, string>;
/** A shared type as a transaction lists it among its changes. */
type ChangedType = Y.Transaction['changed'] extends Map<infer T, unknown> ? T : never;

/** A report map this peer created, with its texts as created (the prefill) and as last seen. */
interface Tracked {
  cardId: string;
  month: string;
  map: Y.Map<unknown>;
  base: Texts;
  latest: Texts;
  stop: () => void;
}

const textsOf = (report: Y.Map<unknown>): Texts =>
  Object.fromEntries(REPORT_TEXT_FIELDS.map((f) => [f, String(report.get(f) ?? '')])) as Texts;

/** Lengths of the common prefix and suffix of `a` and `b` (not overlapping). */
function commonEnds(a: string, b: string): { start: number; end: number } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { start, end };
}

/**
 * Puts what was typed into a lost report (`base` → `mine`) into the winning one (RC4).
 * When the winner still reads as our base, our edit applies exactly; otherwise our inserted
 * span goes where it was typed if the text before it is unchanged, else at the end on a
 * line of its own. Nothing already in the winner is removed. Call inside a transaction.
 */
function replay(winner: Y.Text, base: string, mine: string): void {
  const theirs = winner.toString();
  if (mine === base || mine === theirs) return;
  if (theirs === base) return replaceText(winner, mine);
  const { start, end } = commonEnds(base, mine);
  const inserted = mine.slice(start, mine.length - end);
  if (inserted === '') return; // only deletions: the other report's text stays
  if (theirs.startsWith(base.slice(0, start))) winner.insert(start, inserted);
  else winner.insert(theirs.length, theirs === '' || theirs.endsWith('\n') ? inserted : `\n${inserted}`);
}

/** The id of the card whose `reports` map `type` is; undefined for any other type. */
function reportsChange(type: ChangedType, cards: Y.Map<unknown>): string | undefined {
  const item = type._item;
  if (!(type instanceof Y.Map) || !item || item.parentSub !== 'reports') return undefined;
  const card = item.parent as ChangedType | null;
  const cardItem = card?._item;
  return cardItem && cardItem.parent === cards && typeof cardItem.parentSub === 'string' ? cardItem.parentSub : undefined;
}

/** The one guard of each document and how many callers hold it: two guards would replay twice. */
const guards = new WeakMap<Y.Doc, { holders: number; stop: () => void }>();

/**
 * Keeps text typed into a report that loses a concurrent creation of the same month (RC4).
 * Two peers that open a month (or add a report) without seeing each other each create the
 * month's report map; Yjs keeps one, the same everywhere, and deletes the other with
 * whatever was typed into it. This watches the report maps this peer creates and, when one
 * is replaced by a remote one, replays this peer's typing into the winner with `origin`.
 * Only the creating peer replays, so the text is put back once. One guard per document:
 * later calls share the first (and its origin). Returns the release; the last one stops it.
 */
export function keepReportText(doc: Y.Doc, origin: unknown = null): () => void {
  let guard = guards.get(doc);
  if (!guard) guards.set(doc, (guard = { holders: 0, stop: startGuard(doc, origin) }));
  guard.holders++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--guard.holders > 0) return;
    guard.stop();
    guards.delete(doc);
  };
}

/** Starts watching `doc` (see keepReportText); returns the stop. */
function startGuard(doc: Y.Doc, origin: unknown): () => void {
  const cards = getCardsMap(doc) as Y.Map<unknown>;
  const tracked = new Map<Y.Map<unknown>, Tracked>();

  const track = (cardId: string, month: string, map: Y.Map<unknown>): void => {
    const entry: Tracked = { cardId, month, map, base: textsOf(map), latest: textsOf(map), stop: () => {} };
    const onChange = (): void => void (entry.latest = textsOf(map));
    map.observeDeep(onChange);
    entry.stop = () => map.unobserveDeep(onChange);
    tracked.set(map, entry);
  };

  const trackCreated = (transaction: Y.Transaction): void => {
    transaction.changed.forEach((keys, type) => {
      const cardId = reportsChange(type, cards);
      if (cardId === undefined) return;
      for (const month of keys) {
        const report = month === null ? undefined : (type as unknown as Y.Map<unknown>).get(month);
        if (report instanceof Y.Map && report._item?.id.client === doc.clientID && !tracked.has(report)) track(cardId, month!, report);
      }
    });
  };

  const rescueLost = (): void => {
    for (const entry of [...tracked.values()]) {
      const reports = (cards.get(entry.cardId) as Y.Map<unknown> | undefined)?.get('reports');
      const current = reports instanceof Y.Map ? (reports as Y.Map<unknown>).get(entry.month) : undefined;
      if (current === entry.map) continue;
      entry.stop();
      tracked.delete(entry.map);
      if (!(current instanceof Y.Map)) continue; // the card is gone: nothing to put the text into
      doc.transact(() => {
        for (const field of REPORT_TEXT_FIELDS) {
          const text = current.get(field);
          if (text instanceof Y.Text) replay(text, entry.base[field], entry.latest[field]);
        }
      }, origin);
    }
  };

  const onAfterTransaction = (transaction: Y.Transaction): void => {
    if (transaction.local) trackCreated(transaction);
    else if (tracked.size > 0) rescueLost();
  };
  doc.on('afterTransaction', onAfterTransaction);
  return () => {
    doc.off('afterTransaction', onAfterTransaction);
    tracked.forEach((entry) => entry.stop());
    tracked.clear();
  };
}
