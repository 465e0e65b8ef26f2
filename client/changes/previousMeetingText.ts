import type { TFunction } from 'i18next';
import { formatDate, formatDateTime } from '../i18n/format.ts';
import type { PreviousMeeting } from './changesApi.ts';

/**
 * The previous meeting in words (CHS3): by its title and date when this reader may open it
 * ("förra mötet (April, 2025-04-29)"), else by when it ended ("förra mötet (avslutat 2025-04-29 11:00)").
 * `keys` names the two phrasings, `{{title}}`/`{{date}}` and `{{when}}`.
 */
export function previousMeetingText(t: TFunction, previous: PreviousMeeting, keys: { titled: string; ended: string }): string {
  return previous.title === undefined
    ? t(keys.ended, { when: formatDateTime(previous.endedAt) })
    : t(keys.titled, { title: previous.title, date: formatDate(previous.date) });
}
