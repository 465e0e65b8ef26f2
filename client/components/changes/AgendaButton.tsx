import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarPlus } from 'lucide-react';
import type { ChangeSummaryNote, PlacedSummary } from '../../../shared/changes/placeChangeSummary.ts';
import type { BoardRole } from '../../auth/authApi.ts';
import { useSession } from '../../auth/useSession.ts';
import { useChanges } from '../../changes/ChangesContext.tsx';
import { summaryNote } from '../../changes/summaryNote.ts';
import { useChangedCardTitle } from '../../changes/useChangeWording.ts';
import { formatDate } from '../../i18n/format.ts';
import { useBoardMeta, useColumns } from '../../state/useBoard.ts';
import { useAnnounce } from '../app/LiveRegion.tsx';
import { Link } from '../app/Link.tsx';
import { meetingPath } from '../app/router.ts';
import { meetingErrorKey } from '../meeting/meetingErrorKey.ts';
import { AgendaWriter } from './AgendaWriter.tsx';

type Step = { kind: 'ready' } | { kind: 'writing'; note: ChangeSummaryNote } | { kind: 'done'; placed: PlacedSummary } | { kind: 'failed'; reason: string };

/** The role this user has on the meeting (GET /api/meetings/:id); undefined while asking, null for none or not known. */
function useMeetingRole(meetingId: string | undefined): BoardRole | null | undefined {
  const api = useChanges()?.api;
  const [role, setRole] = useState<{ id: string; role: BoardRole | null }>();
  useEffect(() => {
    if (!meetingId || !api) return;
    let current = true;
    api.meetingRole(meetingId).then(
      (found) => current && setRole({ id: meetingId, role: found }),
      () => current && setRole({ id: meetingId, role: null }),
    );
    return () => void (current = false);
  }, [api, meetingId]);
  return role && role.id === meetingId ? role.role : undefined;
}

/**
 * "Lägg på nästa mötes dagordning" (CHG8, CHG10): in one step the board's change summary goes into
 * the next meeting's item linking the board, or a new item. Offered to those who may edit that
 * meeting (facilitator or editor, MTS3); otherwise disabled, the reason said beside it.
 */
export function AgendaButton() {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const reasonId = useId();
  const view = useChanges();
  const share = useSession().status === 'share';
  const meta = useBoardMeta();
  const columns = useColumns();
  const cardTitle = useChangedCardTitle();
  const next = view?.changes.next;
  const role = useMeetingRole(next?.id);
  const [step, setStep] = useState<Step>({ kind: 'ready' });
  if (!view) return null;
  const { changes, boardId } = view;

  const reason = share
    ? t('changes.agenda.share')
    : !next
      ? t('changes.agenda.noMeeting')
      : role !== undefined && role !== 'facilitator' && role !== 'editor'
        ? t('changes.agenda.noRight', { title: next.title })
        : changes.status === 'ready' && changes.cards.length === 0
          ? t('changes.agenda.noChanges')
          : undefined;
  const disabled = reason !== undefined || role === undefined || changes.status !== 'ready' || step.kind === 'writing';

  const put = (): void => {
    const columnTitle = (id: string) => columns.find((column) => column.id === id)?.title;
    setStep({ kind: 'writing', note: summaryNote(i18n, { boardId, boardTitle: meta?.title ?? '', changes, columnTitle, cardTitle }) });
  };
  const done = (placed: PlacedSummary): void => {
    setStep({ kind: 'done', placed });
    announce(`${t('changes.agenda.done')} ${next?.title ?? ''}`);
  };
  const failed = (cause: unknown): void => {
    const why = cause instanceof Error && !('code' in cause) ? t('changes.agenda.notSaved') : t(meetingErrorKey(cause));
    setStep({ kind: 'failed', reason: t('changes.agenda.failed', { reason: why }) });
  };

  return (
    <div className="changes-agenda">
      <button type="button" onClick={put} disabled={disabled} aria-describedby={reasonId}>
        <CalendarPlus aria-hidden="true" size={18} /> {t('changes.agenda.put')}
      </button>
      <p id={reasonId}>{reason ?? (next && t('changes.agenda.target', { title: next.title, date: formatDate(next.date) }))}</p>
      {step.kind === 'writing' && next && <AgendaWriter meetingId={next.id} note={step.note} onDone={done} onError={failed} />}
      <p role="status">
        {step.kind === 'writing' && t('changes.agenda.writing')}
        {step.kind === 'done' && next && (
          <>
            {t('changes.agenda.done')} <Link href={meetingPath(next.id)}>{next.title}</Link>.
          </>
        )}
      </p>
      {step.kind === 'failed' && <p role="alert">{step.reason}</p>}
    </div>
  );
}
