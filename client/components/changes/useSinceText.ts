import { useTranslation } from 'react-i18next';
import { useChanges } from '../../changes/ChangesContext.tsx';
import { previousMeetingText } from '../../changes/previousMeetingText.ts';
import { formatDateTime } from '../../i18n/format.ts';

/** Since when the shown changes count, in words: "förra mötet (April, 2025-04-29)" or, to who may not open it, "förra mötet (avslutat 2025-04-29 11:00)", "2025-05-02 14:05"; undefined when nothing is asked. */
export function useSinceText(): string | undefined {
  const { t } = useTranslation();
  const changes = useChanges()?.changes;
  if (!changes?.since) return undefined;
  if (changes.mode === 'meeting' && changes.previous) return previousMeetingText(t, changes.previous, { titled: 'changes.sinceMeeting', ended: 'changes.sinceMeetingEnded' });
  return changes.since.kind === 'time' ? formatDateTime(changes.since.since) : undefined;
}
