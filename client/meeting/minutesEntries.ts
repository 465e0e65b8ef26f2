import type { AgendaItem, Decision, MeetingSnapshot } from '../../shared/meeting/readMeeting.ts';

/** One agenda item as the minutes print it: its number, its notes (on the item) and its paragraphs. */
export interface MinutesItem {
  item: AgendaItem;
  number: number;
  /** Its decisions in order, each correction right after the paragraph it corrects (MTG29). */
  entries: readonly Decision[];
}

/** The minutes' body: the items, then the decisions whose item is gone (MTG23), and every paragraph's number by decision id. */
export interface MinutesEntries {
  items: readonly MinutesItem[];
  unplaced: readonly Decision[];
  paragraphOf: ReadonlyMap<string, number | undefined>;
}

/**
 * Decisions in their order, with every "Rättelse" moved after the paragraph it corrects, oldest
 * first (MTG29): addCorrection writes it last in the item, but the reader looks for it under § N.
 * A correction whose paragraph is not in the list stays at the end.
 */
function withCorrections(decisions: readonly Decision[]): Decision[] {
  const corrections = decisions.filter((d) => d.correctionOf !== undefined);
  const originals = decisions.filter((d) => d.correctionOf === undefined);
  const placed = new Set<string>();
  const ordered = originals.flatMap((original) => {
    const own = corrections.filter((c) => c.correctionOf === original.id);
    own.forEach((c) => placed.add(c.id));
    return [original, ...own];
  });
  return [...ordered, ...corrections.filter((c) => !placed.has(c.id))];
}

/** What the minutes show of a meeting (MTG24, MTG29): per agenda item its paragraphs, corrections after theirs. */
export function minutesEntries(meeting: MeetingSnapshot): MinutesEntries {
  const items = meeting.agenda.map((item, index) => ({ item, number: index + 1, entries: withCorrections(meeting.decisions.byItem[item.id] ?? []) }));
  const unplaced = withCorrections(meeting.decisions.unplaced);
  const paragraphOf = new Map<string, number | undefined>();
  for (const decision of [...items.flatMap((i) => i.entries), ...unplaced]) paragraphOf.set(decision.id, decision.paragraph);
  return { items, unplaced, paragraphOf };
}

/** True while some decision (no correction) still has no paragraph: what "Numrera nu" is for (MTG24). */
export const hasUnnumbered = (meeting: MeetingSnapshot): boolean =>
  [...Object.values(meeting.decisions.byItem).flat(), ...meeting.decisions.unplaced].some((d) => d.correctionOf === undefined && d.paragraph === undefined);
