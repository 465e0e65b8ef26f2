/**
 * What changed on a board's cards over a period, from its history entries (shared/SPEC.md
 * "What changed since", CHG1…): many edits of one field read as one change, first old value → last
 * new value, and edits that end where they began are left out. Pure: the server answers it
 * (GET /api/boards/:id/changes) and the board page can show it without knowing the history's store.
 */

/** One history entry as the server stores it (HIST2): the fields the collapse reads. */
export interface ChangeEntry {
  /** Grows with time; within one card field it orders the edits (HIST3 amends only a field's latest entry). */
  id: number;
  /** ISO time of the edit, or of the last edit coalesced into it (HIST3). */
  at: string;
  userId: string | null;
  actor: string;
  /** Null for board-level entries, which the collapse leaves out (CHG1). */
  cardId: string | null;
  field: string;
  change: 'created' | 'deleted' | 'set' | 'text' | 'board';
  from?: unknown;
  to?: unknown;
}

/** Who made a change, and when: for a collapsed change, its last edit's. */
export interface ChangeStamp {
  at: string;
  actor: string;
  userId: string | null;
}

/** One field's collapsed change (CHG3, CHG4): a value from → to, prose edited, or a report month added or removed. */
export type FieldChange =
  | (ChangeStamp & { kind: 'set'; field: string; from?: unknown; to?: unknown })
  | (ChangeStamp & { kind: 'text'; field: string; actors: string[] })
  | (ChangeStamp & { kind: 'created' | 'deleted'; field: string });

/** Everything that changed on one card, collapsed (CHG2). */
export interface CardChanges {
  cardId: string;
  /** The latest of its changes: the cards are listed newest first. */
  at: string;
  /** The card is new in the period; `title` as it was created. */
  created?: ChangeStamp & { title?: unknown };
  /** The card was deleted; nothing else is listed for it. */
  deleted?: ChangeStamp;
  /** Its column changed: the first column → the last (column ids). */
  moved?: ChangeStamp & { from?: unknown; to?: unknown };
  /** It was archived (`to: true`) or brought back (`to: false`). */
  archived?: ChangeStamp & { to: boolean };
  /** Its other fields, in the order they were first changed. */
  fields: FieldChange[];
}

export interface CollapseOptions {
  /** Leave out this account's own edits (CHG6): what the others changed. */
  excludeUserId?: string;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const stampOf = ({ at, actor, userId }: ChangeEntry): ChangeStamp => ({ at, actor, userId });

/** One field's entries, oldest first, collapsed; undefined when they change nothing (CHG3, CHG4). */
function collapseField(field: string, entries: readonly ChangeEntry[]): FieldChange | undefined {
  const first = entries[0]!;
  const last = entries[entries.length - 1]!;
  if (first.change === 'created' || first.change === 'deleted') {
    // A report month: added and removed again, or removed and added back, it ends where it began.
    return first.change === last.change ? { kind: first.change, field, ...stampOf(last) } : undefined;
  }
  if (first.change === 'text') return { kind: 'text', field, actors: [...new Set(entries.map((e) => e.actor))], ...stampOf(last) };
  if (same(first.from, last.to)) return undefined;
  return { kind: 'set', field, ...('from' in first && { from: first.from }), ...('to' in last && { to: last.to }), ...stampOf(last) };
}

/** The entries per key, each group in the given order, the groups in the order their keys first appear. */
function groupBy(entries: readonly ChangeEntry[], key: (entry: ChangeEntry) => string): Map<string, ChangeEntry[]> {
  const groups = new Map<string, ChangeEntry[]>();
  for (const entry of entries) {
    const group = groups.get(key(entry));
    if (group) group.push(entry);
    else groups.set(key(entry), [entry]);
  }
  return groups;
}

const latestAt = (stamps: readonly (ChangeStamp | undefined)[]): string =>
  stamps.reduce((max, stamp) => (stamp && stamp.at > max ? stamp.at : max), '');

/** One card's entries, oldest first; undefined when nothing remains to show. */
function collapseCard(cardId: string, entries: readonly ChangeEntry[]): CardChanges | undefined {
  const lifecycle = entries.filter((e) => e.field === 'card');
  // Whether the card was there when the period began and is there at its end (CHG5): a deletion
  // undone brings the same card back, so only the first and the last lifecycle entries count.
  const existedBefore = lifecycle[0]?.change !== 'created';
  const existsNow = lifecycle[lifecycle.length - 1]?.change !== 'deleted';
  if (!existedBefore && !existsNow) return undefined;
  if (!existsNow) {
    const deleted = stampOf(lifecycle[lifecycle.length - 1]!);
    return { cardId, at: deleted.at, deleted, fields: [] };
  }
  const changes: CardChanges = { cardId, at: '', fields: [] };
  if (!existedBefore) changes.created = { ...stampOf(lifecycle[0]!), ...('to' in lifecycle[0]! && { title: lifecycle[0]!.to }) };

  for (const [field, list] of groupBy(entries.filter((e) => e.field !== 'card'), (e) => e.field)) {
    const change = collapseField(field, list);
    if (!change) continue;
    const { at, actor, userId } = change;
    if (field === 'column' && change.kind === 'set') changes.moved = { at, actor, userId, ...('from' in change && { from: change.from }), ...('to' in change && { to: change.to }) };
    else if (field === 'archived' && change.kind === 'set') changes.archived = { at, actor, userId, to: change.to === true };
    else changes.fields.push(change);
  }
  changes.at = latestAt([changes.created, changes.moved, changes.archived, ...changes.fields]);
  return changes.at === '' ? undefined : changes;
}

/**
 * A board's history entries (any order, one board) collapsed per card (CHG1-CHG6): new, moved,
 * archived and deleted cards and their changed fields, each field first old value → last new value
 * with its last editor and time, no-ops left out; cards newest change first, then by id.
 */
export function collapseChanges(entries: readonly ChangeEntry[], options: CollapseOptions = {}): CardChanges[] {
  const kept = entries
    .filter((e) => e.cardId !== null && e.change !== 'board' && (options.excludeUserId === undefined || e.userId !== options.excludeUserId))
    .toSorted((a, b) => a.id - b.id);
  const cards: CardChanges[] = [];
  for (const [cardId, list] of groupBy(kept, (e) => e.cardId!)) {
    const card = collapseCard(cardId, list);
    if (card) cards.push(card);
  }
  return cards.sort((a, b) => (a.at !== b.at ? (a.at < b.at ? 1 : -1) : a.cardId < b.cardId ? -1 : 1));
}
