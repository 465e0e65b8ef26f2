import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowStatus } from '../../meeting/followState.ts';
import type { Follow } from '../../meeting/useFollow.ts';
import { useAnnounce } from '../app/LiveRegion.tsx';
import './FollowBar.css';
import './followedCard.css';

const BUTTON: Record<FollowStatus, string> = { idle: 'present.follow.start', following: 'present.follow.stop', left: 'present.follow.again' };
const ANNOUNCED: Partial<Record<FollowStatus, string>> = { following: 'present.follow.announceFollowing', left: 'present.follow.announceLeft' };

/**
 * "Följ mötesledaren" for a participant (FOL4): one button, whose words follow the mode, so
 * the focus stays on it when it is pressed; what it is doing, in words; and the change announced
 * in the UI's language, since leaving by scrolling happens where the eyes are not on the bar.
 */
export function FollowBar({ follow }: { follow: Pick<Follow, 'status' | 'view' | 'follow' | 'leave'> }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { status } = follow;
  const previous = useRef(status);
  useEffect(() => {
    if (previous.current === status) return;
    previous.current = status;
    const message = ANNOUNCED[status];
    if (message) announce(t(message));
  }, [status, announce, t]);

  const state = status === 'following' ? (follow.view ? 'present.follow.following' : 'present.follow.waiting') : status === 'left' ? 'present.follow.left' : undefined;
  // data-follow-bar (useFollow's FOLLOW_BAR_ATTRIBUTE): pressing these buttons is no input that leaves.
  return (
    <div className={`follow-bar is-${status}`} role="group" aria-label={t('present.follow.label')} data-follow-bar="">
      {state && <p className="follow-bar-state">{t(state)}</p>}
      <button type="button" className={status === 'following' ? 'follow-bar-button' : 'follow-bar-button primary'} onClick={status === 'following' ? follow.leave : follow.follow}>
        {t(BUTTON[status])}
      </button>
    </div>
  );
}
