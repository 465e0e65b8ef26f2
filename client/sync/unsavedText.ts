import * as Y from 'yjs';
import { getCardsMap } from '../../shared/doc.ts';
import { readCard } from '../../shared/read/readCard.ts';
import { readReports } from '../../shared/read/readReports.ts';
import { REPORT_TEXT_FIELDS } from '../../shared/schema/report.ts';

/** One field's value that the server does not have (KEEP2), as text the user can copy. */
export interface KeptText {
  cardId: string;
  /** The card's title as this browser has it (the server may not have the card at all). */
  cardTitle: string;
  /** A card field (`comment`, `effect` …), or a report's prose part with its month. */
  field: string;
  month?: string;
  text: string;
}

/** Card keys that are where it is, not what anyone typed. */
const NOT_TYPED = new Set(['id', 'column', 'order', 'archived', 'reportMonths']);

const asText = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/**
 * What the local copy holds that the server does not (KEEP2): the server's copy with the local
 * copy's unknown changes applied on top, compared field by field with the server's copy. Only what
 * this browser changed differs, never what it merely has not seen yet (the server's newer values
 * win in both), and a field's text is the merged one, the user's typing within others'.
 */
export function unsavedText(local: Y.Doc, server: Y.Doc): KeptText[] {
  const merged = new Y.Doc();
  Y.applyUpdate(merged, Y.encodeStateAsUpdate(server));
  Y.applyUpdate(merged, Y.encodeStateAsUpdate(local, Y.encodeStateVector(server)));
  const kept: KeptText[] = [];
  for (const cardId of getCardsMap(merged).keys()) {
    const mine = readCard(merged, cardId);
    if (!mine) continue;
    const theirs = readCard(server, cardId) as unknown as Record<string, unknown> | undefined;
    const cardTitle = mine.title;
    for (const [field, value] of Object.entries(mine)) {
      const text = asText(value);
      if (!NOT_TYPED.has(field) && text !== '' && text !== asText(theirs?.[field])) kept.push({ cardId, cardTitle, field, text });
    }
    const stored = new Map(readReports(server, cardId).map((report) => [report.month, report]));
    for (const report of readReports(merged, cardId)) {
      for (const field of REPORT_TEXT_FIELDS) {
        const text = report[field];
        if (text !== '' && text !== (stored.get(report.month)?.[field] ?? '')) kept.push({ cardId, cardTitle, field, month: report.month, text });
      }
    }
  }
  merged.destroy();
  return kept;
}
