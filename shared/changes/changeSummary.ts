import type { CardChanges, ChangeStamp, FieldChange } from './collapseChanges.ts';

/**
 * How a card's collapsed changes are said (shared/SPEC.md CHG9): the words come from the caller
 * (the UI's catalogue, Swedish for an agenda), the order, the arrows and the stamps from here, so
 * the badge, the list and the agenda's notes say the same thing.
 */
export interface ChangeWording {
  /** "Nytt kort", "Borttaget", "Arkiverat", "Återställt". */
  created: string;
  deleted: string;
  archived: string;
  restored: string;
  /** "Flyttat från Förslag till Beslutat", the columns named. */
  moved(from: string, to: string): string;
  /** A field's name as it starts a phrase: `effect` → "Ekonomisk effekt". */
  field(field: string): string;
  /** A value of the field without its unit (`20 000`), "(inget)" for none. */
  value(field: string, value: unknown): string;
  /** The unit said once after the last value (`tkr`), or undefined. */
  unit(field: string): string | undefined;
  /** "Kommentar redigerad". */
  edited(fieldName: string): string;
  /** A report month added or removed: "Rapport för maj 2025 tillagd". */
  added(fieldName: string): string;
  removed(fieldName: string): string;
  /** The day of an ISO time, in the reader's calendar: `2025-05-02`. */
  day(at: string): string;
  /** A column's title for its id. */
  column(columnId: unknown): string;
}

const stamp = (what: string, { actor, at }: Pick<ChangeStamp, 'actor' | 'at'>, words: ChangeWording, actors?: readonly string[]): string =>
  [what, ...(actors ?? [actor]).filter((name) => name !== ''), words.day(at)].join(', ');

/** "Ekonomisk effekt 20 000 → 15 000 tkr": the unit once, after the new value (CHG9). */
function fieldPhrase(change: FieldChange, words: ChangeWording): string {
  const name = words.field(change.field);
  if (change.kind === 'text') return words.edited(name);
  if (change.kind !== 'set') return change.kind === 'created' ? words.added(name) : words.removed(name);
  const unit = words.unit(change.field);
  return `${name} ${words.value(change.field, change.from)} → ${words.value(change.field, change.to)}${unit === undefined ? '' : `\u00a0${unit}`}`;
}

/**
 * What changed on one card, one phrase each with who made it and the day (CHG9): deleted alone;
 * else new, moved, archived or restored, then the fields in the order they were first changed.
 * "Ekonomisk effekt 20 000 → 15 000 tkr, Anna Sundén, 2025-05-02".
 */
export function changePhrases(card: CardChanges, words: ChangeWording): string[] {
  if (card.deleted) return [stamp(words.deleted, card.deleted, words)];
  const phrases: string[] = [];
  if (card.created) phrases.push(stamp(words.created, card.created, words));
  if (card.moved) phrases.push(stamp(words.moved(words.column(card.moved.from), words.column(card.moved.to)), card.moved, words));
  if (card.archived) phrases.push(stamp(card.archived.to ? words.archived : words.restored, card.archived, words));
  for (const change of card.fields) phrases.push(stamp(fieldPhrase(change, words), change, words, change.kind === 'text' ? change.actors : undefined));
  return phrases;
}

/**
 * A summary of a board's changes as plain text (CHG9): the heading lines (the first names the
 * summary, CHG10), then one line per changed card, "- <title>: phrase; phrase".
 */
export function changeSummaryText(heading: readonly string[], cards: readonly CardChanges[], words: ChangeWording, title: (card: CardChanges) => string): string {
  return [...heading, ...cards.map((card) => `- ${title(card)}: ${changePhrases(card, words).join('; ')}`)].join('\n');
}
