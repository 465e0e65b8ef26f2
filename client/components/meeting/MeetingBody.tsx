import { useRef } from 'react';
import type { MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { useSelectedItem } from '../../meeting/useSelectedItem.ts';
import { useStage } from '../../meeting/useStage.ts';
import { AgendaSection } from './AgendaSection.tsx';
import { AttendeeList } from './AttendeeList.tsx';
import { CurrentItem } from './CurrentItem.tsx';
import { ItemDetails } from './ItemDetails.tsx';
import { MeetingFacts } from './MeetingFacts.tsx';
import { MeetingPresence } from './MeetingPresence.tsx';
import { MeetingStage } from './MeetingStage.tsx';
import { ProjectorLink } from './ProjectorLink.tsx';
import { RunControls } from './RunControls.tsx';
import { useLinkableBoards } from './useLinkableBoards.ts';
import { useMeetingAnnouncements } from './useMeetingAnnouncements.ts';

/**
 * The meeting page's body: the facts, the current item with its timer and (for the facilitator)
 * the controls, the agenda beside the open item's details and notes, who is here, and the stage
 * where a linked board is shown. On a narrow screen it is one column, in that order (320 px reflow).
 */
export function MeetingBody({ meeting }: { meeting: MeetingSnapshot }) {
  const { session, canRun, clock } = useMeetingContext();
  const [selected, select] = useSelectedItem(meeting);
  const stageRef = useRef<HTMLElement>(null);
  const stage = useStage({ awareness: session.awareness, stageRef, leader: canRun, currentItem: meeting.run.currentItem, now: clock.now });
  const boards = useLinkableBoards();
  useMeetingAnnouncements(meeting);
  const item = meeting.agenda.find((entry) => entry.id === selected);

  return (
    <>
      <MeetingFacts meeting={meeting} />
      <CurrentItem meeting={meeting} />
      {canRun && <RunControls meeting={meeting} />}
      <div className="meeting-layout">
        <AgendaSection meeting={meeting} selected={selected} onSelect={select} />
        {item && <ItemDetails key={item.id} meeting={meeting} item={item} boards={boards} stage={stage} />}
        <aside className="meeting-aside">
          <MeetingPresence meeting={meeting} />
          <AttendeeList attendees={meeting.attendees} />
          {canRun && <ProjectorLink />}
        </aside>
      </div>
      <MeetingStage stageRef={stageRef} meeting={meeting} boards={boards} stage={stage} />
    </>
  );
}
