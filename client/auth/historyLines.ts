import type { TFunction } from 'i18next';
import type { HistoryEntry } from './authApi.ts';
import { fieldText, formatHistoryEntry, valueText } from './formatHistoryEntry.ts';

/** One line of a history feed (HIST9): the entries one update wrote about one card, newest first as listed. */
export interface HistoryLine {
  /** The newest entry's id: the line's key. */
  id: number;
  entries: readonly HistoryEntry[];
}

/**
 * An entry a line may share with others: a value or a prose field of a card. A card created or
 * deleted, a report month, a toggle (archived, a report ready) and a decision keep their own
 * sentences, which say what was done rather than from what to what.
 */
const sharesLine = (entry: HistoryEntry): boolean =>
  entry.cardId !== null &&
  (entry.change === 'text' || (entry.change === 'set' && entry.field !== 'decisionRef' && typeof entry.to !== 'boolean' && typeof entry.from !== 'boolean'));

/** The server stamps every entry of one update with one `at` (HIST1); consecutive in the feed, they are that update's. */
const sameUpdate = (a: HistoryEntry, b: HistoryEntry): boolean =>
  sharesLine(a) && sharesLine(b) && a.cardId === b.cardId && a.at === b.at && a.userId === b.userId && a.actor === b.actor;

/** A value set to what it was (A11Y23): recorded before the server left such edits out, it is not shown. */
const changesNothing = (entry: HistoryEntry): boolean => entry.change === 'set' && JSON.stringify(entry.from) === JSON.stringify(entry.to);

/**
 * HIST9: a feed's entries (newest first) as its lines: an update that changed several fields of a
 * card, an import's row above all (IMP5), reads as one line, the stored entries staying one per
 * field (HIST2) for what changed since (CHS1) and coalescing (HIST3). Entries that change nothing are left out (A11Y23).
 */
export function historyLines(entries: readonly HistoryEntry[]): HistoryLine[] {
  const lines: { id: number; entries: HistoryEntry[] }[] = [];
  for (const entry of entries) {
    if (changesNothing(entry)) continue;
    const last = lines.at(-1);
    const previous = last?.entries.at(-1);
    if (last && previous && sameUpdate(previous, entry)) last.entries.push(entry);
    else lines.push({ id: entry.id, entries: [entry] });
  }
  return lines;
}

/**
 * A line as one sentence in the UI language: a single entry as formatHistoryEntry says it, several
 * as "Anna Sundén ändrade ekonomisk effekt från 20 000 tkr till 21 000 tkr och kommentar": the
 * values in the order the update changed them, then the prose.
 */
export function formatHistoryLine(line: HistoryLine, t: TFunction, language: string, columnTitle?: (columnId: string) => string | undefined): string {
  const [only] = line.entries;
  if (line.entries.length === 1 && only) return formatHistoryEntry(only, t, language, columnTitle);
  const named = (entry: HistoryEntry, value: unknown): unknown => (entry.field === 'column' && typeof value === 'string' ? (columnTitle?.(value) ?? value) : value);
  // Values first, then the prose edited: "från … till …" never reads as said of a comment.
  const ordered = [...line.entries].reverse().sort((a, b) => Number(a.change === 'text') - Number(b.change === 'text'));
  const parts = ordered.map((entry) => {
    const field = fieldText(entry.field, t, language);
    if (entry.change === 'text') return t('history.part.text', { field });
    return t('history.part.set', { field, from: valueText(entry.field, named(entry, entry.from), t, language), to: valueText(entry.field, named(entry, entry.to), t, language) });
  });
  const changes = new Intl.ListFormat(language, { type: 'conjunction' }).format(parts);
  return t('history.entry.several', { actor: only?.actor || t('history.someone'), changes });
}
