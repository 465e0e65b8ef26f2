import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure, authApi, type Member } from '../../auth/authApi.ts';
import { AppHeader } from '../app/AppHeader.tsx';
import { ConfirmDialog } from '../app/ConfirmDialog.tsx';
import { boardPath } from '../app/router.ts';
import { Link } from '../app/Link.tsx';
import { MemberForm } from './MemberForm.tsx';
import { ShareLinks } from './ShareLinks.tsx';
import { openLiveBoard, useBoardCards, type OpenBoard } from '../../sync/useBoardCards.ts';
import '../auth/auth.css';
import './members.css';

/**
 * A board's members (facilitator only, ROLE7): the list, removing one after a confirmation, the
 * form that sets a role, and the share links. The board itself is opened too, to offer its units
 * for a unit chief's scope. (The activity feed is on the board, for every role.)
 */
export function MembersPage({ boardId, openBoard = openLiveBoard, back }: { boardId: string; openBoard?: OpenBoard; /** Where "back" goes, for a meeting's members (a meeting is a board record); the board by default. */ back?: { href: string; label: string } }) {
  const { t } = useTranslation();
  const cards = useBoardCards(boardId, openBoard);
  const [members, setMembers] = useState<Member[] | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  const load = useCallback(
    () =>
      authApi.members(boardId).then(setMembers, (failure: unknown) => {
        setMembers([]);
        setError(t(failure instanceof ApiFailure && failure.status === 403 ? 'members.forbidden' : 'members.failed'));
      }),
    [boardId, t],
  );
  useEffect(() => void load(), [load]);

  const say = (message: string, failed = false): void => {
    setStatus(failed ? '' : message);
    setError(failed ? message : '');
  };
  const saved = async (member: Member): Promise<void> => {
    say(t('members.saved', { name: member.displayName, role: t(`members.roles.${member.role}`) }));
    await load();
  };
  const remove = async (member: Member): Promise<void> => {
    setRemoving(null);
    try {
      await authApi.removeMember(boardId, member.userId);
      say(t('members.removed', { name: member.displayName }));
    } catch {
      say(t('members.removeFailed', { name: member.displayName }), true);
    }
    await load();
  };

  return (
    <>
      <AppHeader title={t('members.title')} />
      <main id="main" className="auth-page">
        <p>
          <Link href={back?.href ?? boardPath(boardId)}>← {back?.label ?? t('members.back')}</Link>
        </p>
        <section aria-labelledby="members-heading">
          <h2 id="members-heading">{t('members.heading')}</h2>
          {members && members.length > 0 && (
            <table className="auth-table">
              <thead>
                <tr>
                  <th>{t('members.name')}</th>
                  <th>{t('members.role')}</th>
                  <th>{t('members.scope')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {members.map((member) => (
                  <tr key={member.userId}>
                    <td>{member.displayName}</td>
                    <td>{t(`members.roles.${member.role}`)}</td>
                    <td>{member.scope.join(', ')}</td>
                    <td>
                      <button type="button" onClick={() => setRemoving(member)}>
                        {t('members.remove', { name: member.displayName })}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <MemberForm boardId={boardId} cards={cards} onSaved={saved} onFailed={(message) => say(message, true)} status={status} error={error} />
        </section>
        <ShareLinks boardId={boardId} />
        {removing && (
          <ConfirmDialog
            title={t('members.confirmTitle', { name: removing.displayName })}
            confirmLabel={t('members.confirm')}
            cancelLabel={t('members.cancel')}
            onConfirm={() => void remove(removing)}
            onCancel={() => setRemoving(null)}
          >
            <p>{t('members.confirmText', { name: removing.displayName })}</p>
          </ConfirmDialog>
        )}
      </main>
    </>
  );
}
