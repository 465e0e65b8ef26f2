import { useTranslation } from 'react-i18next';
import { useChanges } from '../../changes/ChangesContext.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';

/** Since when the shown changes count, in words: "förra mötet (April, 2025-04-29)", "2025-05-02 14:05"; undefined when nothing is asked. */
export function useSinceText(): string | undefined {
  const { t } = useTranslation();
  const changes = useChanges()?.changes;
  if (!changes?.since) return undefined;
  if (changes.mode === 'meeting' && changes.previous) return t('changes.sinceMeeting', { title: changes.previous.title, date: formatDate(changes.previous.date) });
  return changes.since.kind === 'time' ? formatDateTime(changes.since.since) : undefined;
}
