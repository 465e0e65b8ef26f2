import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import type { BoardSession } from '../../sync/boardSession.ts';
import { useConnectionState } from '../../sync/useBoardConnection.ts';
import { useLeaderView } from '../../meeting/useLeaderView.ts';
import { useMeeting } from '../../meeting/useMeeting.ts';
import { useMeetingSession } from '../../meeting/useMeetingSession.ts';
import { useRevealCard } from '../../meeting/useRevealCard.ts';
import { useServerClock } from '../../meeting/useServerClock.ts';
import { useTimerNow } from '../../meeting/useTimerNow.ts';
import { ConnectionStatus } from '../app/ConnectionStatus.tsx';
import { TimerDisplay } from '../meeting/TimerDisplay.tsx';
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

function Projector({ session }: { session: BoardSession }) {
  const meeting = useMeeting(session);
  const connection = useConnectionState(session);
  const leader = useLeaderView(session.awareness);
  const stageRef = useRef<HTMLElement>(null);
  useRevealCard(stageRef, leader?.cardId);

  return (
    <div className="projector">
      <header className="projector-bar">
        <CurrentItem meeting={meeting} />
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

/** The meeting's title, the current item (number, title, presenter, kind) and its timer on the server's clock. */
function CurrentItem({ meeting }: { meeting: MeetingSnapshot }) {
  const { t } = useTranslation();
  const clock = useServerClock();
  const index = meeting.agenda.findIndex((item) => item.id === meeting.run.currentItem);
  const item = meeting.agenda[index];
  const progress = item ? meeting.progress[item.id] : undefined;
  const now = useTimerNow(progress?.runningSince !== undefined, clock.now);
  const status = meeting.run.status === 'ended' ? t('present.ended') : t('meeting.now.notStarted');

  return (
    <>
      <div className="projector-item">
        <h1 className="projector-meeting">{meeting.meta.title}</h1>
        {item ? (
          <>
            <p className="projector-item-title" data-testid="projector-item">
              {t('present.item', { number: index + 1, title: item.title })}
            </p>
            <p className="projector-item-meta">
              {[item.presenter && t('meeting.now.presenter', { name: item.presenter }), t(`meeting.kinds.${item.kind}`)].filter(Boolean).join(' · ')}
            </p>
          </>
        ) : (
          <p className="projector-item-title">{status}</p>
        )}
      </div>
      {item && <TimerDisplay minutes={item.minutes} progress={progress} now={now} size="large" />}
    </>
  );
}
