import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { mayCreateBoards } from '../../auth/authApi.ts';
import { useSession } from '../../auth/useSession.ts';
import { AppHeader } from '../app/AppHeader.tsx';
import { formatDate } from '../../i18n/format.ts';
import { boardPath, meetingPath, navigate } from '../app/router.ts';
import { BoardList } from './BoardList.tsx';
import type { ChosenFile } from '../import/importApi.ts';
import { leavePendingImport } from '../import/pendingImport.ts';
import { boardsApi, type BoardsApi, type BoardSummary, type NewBoardRequest } from './boardsApi.ts';
import { CreateBoardForm } from './CreateBoardForm.tsx';
import { CreateMeetingForm } from './CreateMeetingForm.tsx';
import { ListSection, useLoaded } from './ListSection.tsx';
import { MeetingList } from './MeetingList.tsx';
import { meetingsApi, type MeetingsApi, type MeetingSummary, type NewMeetingRequest } from './meetingsApi.ts';

const defaultApi = boardsApi();
const defaultMeetingApi = meetingsApi();

/**
 * The start page: every board, newest change first, the meetings beside them (upcoming and past),
 * and, for an account that may create boards (SEC2), the forms that create a board or a meeting and open it.
 */
export function StartPage({
  api = defaultApi,
  meetingApi = defaultMeetingApi,
  mayCreate,
  today = formatDate(Date.now()),
}: {
  api?: BoardsApi;
  meetingApi?: MeetingsApi;
  /** Overrides what the session says (tests). */
  mayCreate?: boolean;
  /** `YYYY-MM-DD` that divides upcoming meetings from past ones; this browser's date by default. */
  today?: string;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const showCreate = mayCreate ?? (session.status === 'user' && mayCreateBoards(session.user));
  const listBoards = useCallback(async () => [...(await api.list())].sort((a, b) => Number(new Date(b.updatedAt)) - Number(new Date(a.updatedAt))), [api]);
  const boards = useLoaded(listBoards);
  const listMeetings = useCallback(() => meetingApi.list(), [meetingApi]);
  const meetings = useLoaded(listMeetings);

  const create = async (board: NewBoardRequest, file?: ChosenFile): Promise<void> => {
    const created = await api.create(board);
    // IMP11: the board opens with the file's dry run, its import dialog open for the user to confirm.
    if (file) leavePendingImport(created.id, file);
    navigate(boardPath(created.id));
  };
  const createMeeting = async (meeting: NewMeetingRequest): Promise<void> => {
    const created = await meetingApi.create(meeting);
    navigate(meetingPath(created.id));
  };

  return (
    <>
      <AppHeader title={t('start.title')} />
      <main id="main" className="start-page">
        <ListSection className="start-boards" heading={t('start.boards')} loadError={t('start.loadError')} {...boards}>
          {(found: BoardSummary[], headingId) => <BoardList boards={found} labelledBy={headingId} />}
        </ListSection>
        <ListSection className="start-meetings" heading={t('start.meetings.heading')} loadError={t('start.meetings.loadError')} {...meetings}>
          {(found: MeetingSummary[]) => <MeetingList meetings={found} today={today} />}
        </ListSection>
        {showCreate && <CreateBoardForm onCreate={create} />}
        {showCreate && <CreateMeetingForm meetings={meetings.loaded.state === 'loaded' ? meetings.loaded.value : []} today={today} onCreate={createMeeting} />}
      </main>
    </>
  );
}
