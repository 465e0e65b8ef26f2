import { filterQuery, type CardFilter, type ChangedSince } from '../../../shared/export/cardFilter.ts';
import type { Language } from '../../i18n/format.ts';

/** The formats the board's export menu offers, in its order (EXP9). */
export const EXPORT_FORMATS = ['xlsx', 'csv', 'pptx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** GET /api/boards/:id/export of the whole board, or of what `filter` shows, its changed cards by what they changed since (EXP6, EXP9), in the UI's language. */
export function exportUrl(boardId: string, format: ExportFormat, language: Language, filter?: CardFilter, changedSince?: ChangedSince): string {
  const query = filter ? filterQuery(filter, changedSince) : new URLSearchParams();
  query.set('format', format);
  query.set('lang', language);
  return `/api/boards/${encodeURIComponent(boardId)}/export?${query.toString()}`;
}
