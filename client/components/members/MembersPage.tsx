import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure, authApi, type BoardRole, type Member } from '../../auth/authApi.ts';
import { AppHeader } from '../app/AppHeader.tsx';
import { AccountForm } from '../auth/AccountForm.tsx';
import { boardPath } from '../app/router.ts';
import { Link } from '../app/Link.tsx';
import { BoardHistory } from './BoardHistory.tsx';
import { ShareLinks } from './ShareLinks.tsx';
import '../auth/auth.css';

const ROLES: readonly BoardRole[] = ['facilitator', 'editor', 'unitChief', 'viewer'];

/** A board's members (facilitator only, ROLE7), its share links and its activity feed. */
export function MembersPage({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const [members, setMembers] = useState<Member[] | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<BoardRole>('editor');
  const [scope, setScope] = useState('');

  const load = useCallback(
    () =>
      authApi.members(boardId).then(setMembers, (failure: unknown) => {
        setMembers([]);
        setError(t(failure instanceof ApiFailure && failure.status === 403 ? 'members.forbidden' : 'members.failed'));
      }),
    [boardId, t],
  );
  useEffect(() => void load(), [load]);

  const save = async (): Promise<void> => {
    setError('');
    try {
      const units = scope.split(',').map((unit) => unit.trim()).filter((unit) => unit !== '');
      const member = await authApi.setMember(boardId, username.trim(), { role, scope: role === 'unitChief' ? units : [] });
      setStatus(t('members.saved', { name: member.displayName, role: t(`members.roles.${member.role}`) }));
      setUsername('');
      setScope('');
      await load();
    } catch (failure) {
      setError(t(failure instanceof ApiFailure && failure.status === 404 ? 'members.unknownUser' : 'members.failed'));
    }
  };
  const remove = async (member: Member): Promise<void> => {
    await authApi.removeMember(boardId, member.username);
    setStatus(t('members.removed', { name: member.displayName }));
    await load();
  };

  return (
    <>
      <AppHeader title={t('members.title')} />
      <main id="main" className="auth-page">
        <p>
          <Link href={boardPath(boardId)}>← {t('members.back')}</Link>
        </p>
        <section aria-labelledby="members-heading">
          <h2 id="members-heading">{t('members.heading')}</h2>
          {members && members.length > 0 && (
            <table className="auth-table">
              <thead>
                <tr>
                  <th>{t('members.name')}</th>
                  <th>{t('members.username')}</th>
                  <th>{t('members.role')}</th>
                  <th>{t('members.scope')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {members.map((member) => (
                  <tr key={member.username}>
                    <td>{member.displayName}</td>
                    <td>{member.username}</td>
                    <td>{t(`members.roles.${member.role}`)}</td>
                    <td>{member.scope.join(', ')}</td>
                    <td>
                      <button type="button" onClick={() => void remove(member)}>
                        {t('members.remove', { name: member.displayName })}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <AccountForm label={t('members.save')} submitLabel={t('members.save')} onSubmit={save} status={status} error={error}>
            <label>
              {t('members.username')}
              <input value={username} onChange={(event) => setUsername(event.target.value)} required autoCapitalize="none" />
            </label>
            <label>
              {t('members.role')}
              <select value={role} onChange={(event) => setRole(event.target.value as BoardRole)}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`members.roles.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            {role === 'unitChief' && (
              <label>
                {t('members.scope')}
                <input value={scope} onChange={(event) => setScope(event.target.value)} aria-describedby="scope-help" />
                <small id="scope-help">{t('members.scopeHelp')}</small>
              </label>
            )}
          </AccountForm>
        </section>
        <ShareLinks boardId={boardId} />
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{t('history.feed')}</h2>
          <BoardHistory boardId={boardId} />
        </section>
      </main>
    </>
  );
}
