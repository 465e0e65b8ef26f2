import { useEffect, useState } from 'react';
import { authApi, type Member } from '../auth/authApi.ts';

/**
 * The meeting's members (GET /api/boards/:id/members, a facilitator's list, ROLE7) while `enabled`:
 * the accounts a justerare is chosen from. Null until answered, or when it could not be read.
 */
export function useMeetingMembers(meetingId: string, enabled: boolean): readonly Member[] | null {
  const [members, setMembers] = useState<readonly Member[] | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    authApi.members(meetingId).then(
      (list) => live && setMembers(list),
      () => live && setMembers(null),
    );
    return () => {
      live = false;
    };
  }, [meetingId, enabled]);
  return members;
}
