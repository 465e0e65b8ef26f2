import { useTranslation } from 'react-i18next';
import { useLiveBoard } from '../../state/useLiveBoard.ts';
import { BoardView } from '../board/BoardView.tsx';

/**
 * A linked board on the meeting's stage: its own session (the board's room, not the meeting's),
 * this user's role on it, and the board page's own view, so a card opens, edits and moves there as
 * on the board page. Who is in the meeting shows on the board too, under their account's name.
 */
export function StageBoard({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const { session, connection, access } = useLiveBoard(boardId);
  if (connection.status === 'error') {
    return (
      <p className="meeting-stage-empty" role="alert">
        {t('meeting.stage.unavailable')}
      </p>
    );
  }
  if (!session) return <p className="meeting-stage-empty">{t('board.loading')}</p>;
  return (
    <div className="meeting-stage-board">
      <BoardView doc={session.doc} origin={session.origin} awareness={session.awareness} boardId={boardId} access={access} />
    </div>
  );
}
