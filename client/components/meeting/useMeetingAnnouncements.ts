import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { useAnnounce } from '../app/LiveRegion.tsx';

/**
 * Says to a screen reader, in the UI's language, when the meeting starts or ends and when the
 * current item changes: the facilitator moves the meeting on from another browser, and the
 * highlight that moves with it is seen, not heard. Nothing is said for the state the page opened in.
 */
export function useMeetingAnnouncements(meeting: MeetingSnapshot): void {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { status, currentItem } = meeting.run;
  const index = meeting.agenda.findIndex((item) => item.id === currentItem);
  const title = meeting.agenda[index]?.title ?? '';
  const last = useRef({ status, currentItem });
  useEffect(() => {
    const before = last.current;
    last.current = { status, currentItem };
    if (status !== before.status && status === 'ended') return announce(t('meeting.announce.ended'));
    const item = index >= 0 ? t('meeting.announce.current', { number: index + 1, title }) : '';
    if (status !== before.status && status === 'running') return announce(`${t('meeting.announce.started')} ${item}`.trim());
    if (currentItem !== before.currentItem && item) announce(item);
  }, [status, currentItem, index, title, announce, t]);
}
