import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardSession } from '../../sync/boardSession.ts';
import { useConnectionState } from '../../sync/useBoardConnection.ts';
import { useLeaderView } from '../../meeting/useLeaderView.ts';
import { useMeeting } from '../../meeting/useMeeting.ts';
import { useMeetingSession } from '../../meeting/useMeetingSession.ts';
import { useRevealCard } from '../../meeting/useRevealCard.ts';
import { useServerClock } from '../../meeting/useServerClock.ts';
import { ConnectionStatus } from '../app/ConnectionStatus.tsx';
import { CurrentItem } from '../meeting/CurrentItem.tsx';
import { AgendaOverview } from './AgendaOverview.tsx';
import { PresentationBoard } from './PresentationBoard.tsx';
import './ProjectorPage.css';
import './followedCard.css';

/**
 * The projector (`/m/:meetingId/present`, what a meeting's "Visa på projektor" share link opens):
 * read-only, and always following the facilitator (FOL5). It has no follow mode to leave: nothing
 * on it takes input, and it shows the leader's view whatever happens on its own screen.
 */
export function ProjectorPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const session = useMeetingSession(meetingId);
  if (!session) {
    return (
      <main id="main" className="projector">
        <p className="presentation-message" role="status">
          {t('present.loading')}
        </p>
      </main>
    );
  }
  return <Projector session={session} />;
}

/** The projector over the meeting's open session: the bar with the current item (CurrentItem, as on the meeting page) over the stage. */
export function Projector({ session }: { session: BoardSession }) {
  const meeting = useMeeting(session);
  const connection = useConnectionState(session);
  const leader = useLeaderView(session.awareness);
  const clock = useServerClock();
  const stageRef = useRef<HTMLElement>(null);
  useRevealCard(stageRef, leader?.cardId);

  return (
    <div className="projector">
      <header className="projector-bar">
        <h1 className="projector-meeting">{meeting.meta.title}</h1>
        <CurrentItem meeting={meeting} clock={clock} place="projector" />
        <ConnectionStatus connection={connection} />
      </header>
      <main id="main" className="projector-stage" ref={stageRef}>
        {leader?.boardId ? (
          <PresentationBoard key={leader.boardId} boardId={leader.boardId} cardId={leader.cardId} />
        ) : (
          <AgendaOverview meeting={meeting} />
        )}
      </main>
    </div>
  );
}
