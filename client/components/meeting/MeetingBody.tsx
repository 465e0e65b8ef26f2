import { useCallback, useMemo, useRef, useState } from 'react';
import type { MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { MeetingContext, useMeetingContext, type MeetingContextValue } from '../../meeting/MeetingContext.ts';
import type { MeetingActions } from '../../meeting/useMeetingActions.ts';
import { useSelectedItem } from '../../meeting/useSelectedItem.ts';
import { useStage } from '../../meeting/useStage.ts';
import { CurrentDecisions } from '../decisions/CurrentDecisions.tsx';
import { MinutesSection } from '../minutes/MinutesSection.tsx';
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

/** The actions with the facilitator's own moves of the meeting (start, next, go to) making them lead the stage (MTP9). */
function leadingActions(actions: MeetingActions, lead: () => void): MeetingActions {
  const leads = (moved: boolean): boolean => {
    if (moved) lead();
    return moved;
  };
  return { ...actions, start: () => leads(actions.start()), next: () => leads(actions.next()), goTo: (itemId) => leads(actions.goTo(itemId)) };
}

/**
 * The meeting page's body: the facts, the current item with its timer and (for the facilitator)
 * the controls, the agenda beside the open item's details and notes, who is here, and the stage
 * where a linked board is shown. On a narrow screen it is one column, in that order (320 px reflow).
 */
export function MeetingBody({ meeting }: { meeting: MeetingSnapshot }) {
  const context = useMeetingContext();
  const { session, canRun, clock } = context;
  const [selected, select] = useSelectedItem(meeting);
  const stageRef = useRef<HTMLElement>(null);
  const stage = useStage({ awareness: session.awareness, stageRef, leader: canRun, currentItem: meeting.run.currentItem, now: clock.now });
  const boards = useLinkableBoards();
  useMeetingAnnouncements(meeting);
  const item = meeting.agenda.find((entry) => entry.id === selected);
  // A decision recorded under the current item opens in that item's details (MTG22).
  const [revealed, setRevealed] = useState<string | undefined>(undefined);
  const current = meeting.run.status === 'running' ? meeting.run.currentItem : undefined;
  const revealDecision = (itemId: string, decisionId: string): void => {
    select(itemId);
    setRevealed(decisionId);
  };
  const revealedDone = useCallback(() => setRevealed(undefined), []);
  const { lead } = stage;
  const led = useMemo<MeetingContextValue>(() => ({ ...context, actions: leadingActions(context.actions, lead) }), [context, lead]);

  return (
    <MeetingContext.Provider value={led}>
      <MeetingFacts meeting={meeting} />
      <CurrentItem meeting={meeting} clock={clock} place="page">
        {current !== undefined && <CurrentDecisions meeting={meeting} itemId={current} onAdded={(decisionId) => revealDecision(current, decisionId)} />}
      </CurrentItem>
      {canRun && <RunControls meeting={meeting} />}
      <div className="meeting-layout">
        <AgendaSection meeting={meeting} selected={selected} onSelect={select} />
        {item && <ItemDetails key={item.id} meeting={meeting} item={item} boards={boards} stage={stage} revealed={revealed} onRevealed={revealedDone} />}
        <aside className="meeting-aside">
          <MeetingPresence meeting={meeting} />
          <AttendeeList attendees={meeting.attendees} />
          {canRun && <ProjectorLink />}
        </aside>
      </div>
      {meeting.run.status === 'ended' && <MinutesSection meeting={meeting} />}
      <MeetingStage stageRef={stageRef} meeting={meeting} boards={boards} stage={stage} />
    </MeetingContext.Provider>
  );
}
