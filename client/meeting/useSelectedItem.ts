import { useEffect, useRef, useState } from 'react';
import type { MeetingSnapshot } from '../../shared/meeting/readMeeting.ts';

/** Marks the selected item's editor: while focus is inside it, the selection stays where the user is typing. */
export const ITEM_DETAILS_ATTRIBUTE = 'data-item-details';

const typingInDetails = (): boolean => document.activeElement?.closest(`[${ITEM_DETAILS_ATTRIBUTE}]`) != null;

/**
 * The agenda item this user has open (its details and notes): the one they chose while it exists,
 * else the current item, else the first. When the facilitator moves the meeting on, the selection
 * follows to the new current item, so the notes taken are the item's being discussed; except while
 * the user is typing in the open item, whose words would otherwise jump away under their fingers.
 */
export function useSelectedItem(meeting: MeetingSnapshot): [selected: string | undefined, select: (itemId: string) => void] {
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const current = meeting.run.currentItem;
  const previous = useRef(current);
  useEffect(() => {
    if (current === previous.current) return;
    previous.current = current;
    if (current !== undefined && !typingInDetails()) setChosen(current);
  }, [current]);
  const exists = (id: string | undefined): id is string => id !== undefined && meeting.agenda.some((item) => item.id === id);
  const selected = exists(chosen) ? chosen : exists(current) ? current : meeting.agenda[0]?.id;
  return [selected, setChosen];
}
