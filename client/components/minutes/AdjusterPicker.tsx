import { useTranslation } from 'react-i18next';
import type { Member } from '../../auth/authApi.ts';
import { MEETING_LIMITS, type Adjuster } from '../../../shared/meeting/meetingSchema.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { useMeetingMembers } from '../../meeting/useMeetingMembers.ts';
import { useAnnounce } from '../app/LiveRegion.tsx';

/** Who can approve: the server takes an approval only from a facilitator's or an editor's connection (MTS3, MTS15). */
const mayApprove = (member: Member): boolean => member.role === 'facilitator' || member.role === 'editor';

/**
 * The justerare, chosen by the facilitator among the meeting's members who may approve (MTG26):
 * one checkbox per account, at most four; a justerare named earlier who is no longer such a member
 * stays listed, so they can be taken off. Each change names the list anew (setAdjusters).
 */
export function AdjusterPicker({ adjusters }: { adjusters: readonly Adjuster[] }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { meetingId, decisions } = useMeetingContext();
  const members = useMeetingMembers(meetingId, true);
  if (!members) return <p>{t('minutes.membersUnavailable')}</p>;
  const choices: Adjuster[] = [
    ...members.filter(mayApprove).map((m) => ({ userId: m.userId, name: m.displayName })),
    ...adjusters.filter((a) => !members.some((m) => m.userId === a.userId && mayApprove(m))),
  ];
  const full = adjusters.length >= MEETING_LIMITS.adjusters;
  const toggle = (choice: Adjuster, on: boolean): void => {
    const next = on ? [...adjusters, choice] : adjusters.filter((a) => a.userId !== choice.userId);
    if (decisions.setAdjusters(next)) announce(t('minutes.adjustersSaved', { names: next.length === 0 ? t('minutes.none') : next.map((a) => a.name).join(', ') }));
  };
  return (
    <fieldset className="minutes-adjusters" aria-describedby="minutes-adjusters-hint">
      <legend>{t('minutes.chooseAdjusters', { max: MEETING_LIMITS.adjusters })}</legend>
      <p id="minutes-adjusters-hint" className="field-hint">
        {t('minutes.adjustersHint')}
      </p>
      <ul>
        {choices.map((choice) => {
          const named = adjusters.some((a) => a.userId === choice.userId);
          return (
            <li key={choice.userId}>
              <label>
                <input type="checkbox" checked={named} disabled={!named && full} onChange={(event) => toggle(choice, event.target.checked)} />
                {choice.name}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
