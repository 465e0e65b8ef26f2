import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { useAnnounce } from '../app/LiveRegion.tsx';

/**
 * Justering (MTG27): a named justerare who has not yet approved gets "Justera protokollet", their
 * approval stamped with the server's measured time (MTS15), so it waits until that clock is read;
 * one who has approved reads that they have. When the minutes become approved, whoever made the
 * last approval, the page says they are locked. The button goes away with the approval: the focus
 * moves to the sentence that replaces it, never to the page (WCAG 2.4.3).
 */
export function Justering({ minutes, ended, unnumbered }: { minutes: MinutesSnapshot; ended: boolean; /** A decision still without its paragraph: approval waits for the numbering (MTG27). */ unnumbered: boolean }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { userId, canEdit, clock, decisions } = useMeetingContext();
  const status = useRef(minutes.status);
  const approvedByYou = useRef<HTMLParagraphElement>(null);
  const [approving, setApproving] = useState(false);
  useEffect(() => {
    if (!approving || approvedByYou.current === null) return;
    approvedByYou.current.focus();
    setApproving(false);
  });
  useEffect(() => {
    if (minutes.status === 'approved' && status.current === 'draft') announce(t('minutes.lockedAnnounced'));
    status.current = minutes.status;
  }, [minutes.status, announce, t]);
  const named = userId !== undefined && minutes.adjusters.some((a) => a.userId === userId);
  if (!named) return null;
  if (minutes.approvals[userId] !== undefined) {
    return (
      <p ref={approvedByYou} tabIndex={-1} className="minutes-approved-by-you">
        {t('minutes.approvedByYou')}
      </p>
    );
  }
  if (!canEdit || !ended || minutes.status === 'approved') return null;
  return (
    <div className="minutes-approve no-print">
      <p id="minutes-approve-hint">{t('minutes.approveHint')}</p>
      <button
        type="button"
        className="primary"
        disabled={!clock.ready || unnumbered}
        aria-describedby="minutes-approve-hint"
        onClick={() => {
          decisions.approve(userId);
          setApproving(true);
        }}
      >
        {t('minutes.approve')}
      </button>
      {unnumbered && <p>{t('minutes.numberFirst')}</p>}
      {!clock.ready && <p>{t('meeting.run.waitingForClock')}</p>}
    </div>
  );
}
