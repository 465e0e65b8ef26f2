import type { KeptText } from './unsavedText.ts';

/** Where the text the server did not take waits across the reload that follows (KEEP2). */
const KEY = 'tavla.kept';

type Kept = Record<string, KeptText[]>;

function read(): Kept {
  try {
    const stored = JSON.parse(globalThis.sessionStorage?.getItem(KEY) ?? '{}') as unknown;
    return stored && typeof stored === 'object' ? (stored as Kept) : {};
  } catch {
    return {};
  }
}

function write(kept: Kept): void {
  try {
    if (Object.keys(kept).length === 0) globalThis.sessionStorage?.removeItem(KEY);
    else globalThis.sessionStorage?.setItem(KEY, JSON.stringify(kept));
  } catch {
    // storage blocked: the dialog still shows what it was given, until the page reloads
  }
}

/** Adds a board's unsaved text to what is kept; the same field twice keeps the newer text. */
export function keepText(boardId: string, entries: readonly KeptText[]): void {
  if (entries.length === 0) return;
  const kept = read();
  const key = (entry: KeptText): string => `${entry.cardId}/${entry.field}/${entry.month ?? ''}`;
  const fresh = new Set(entries.map(key));
  kept[boardId] = [...(kept[boardId] ?? []).filter((entry) => !fresh.has(key(entry))), ...entries];
  write(kept);
}

/** The board's kept text, until forgetKeptText. */
export function keptText(boardId: string): KeptText[] {
  return read()[boardId] ?? [];
}

/** Forgets a board's kept text (the user dismissed the dialog). */
export function forgetKeptText(boardId: string): void {
  const kept = read();
  delete kept[boardId];
  write(kept);
}
