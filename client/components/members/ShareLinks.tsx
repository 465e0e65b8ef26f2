import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi, type ShareLink } from '../../auth/authApi.ts';
import { formatDateTime } from '../../i18n/format.ts';

/** A board's read-only share links: create one (its address is shown once), list them, revoke one (AUTH8); a failure is said. */
export function ShareLinks({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const [links, setLinks] = useState<ShareLink[]>([]);
  const [created, setCreated] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const load = useCallback(() => authApi.shares(boardId).then(setLinks, () => setLinks([])), [boardId]);
  useEffect(() => void load(), [load]);

  /** Runs a change of the links and reloads them; a refusal is said, never left unhandled. */
  const change = async (action: () => Promise<void>): Promise<void> => {
    setFailed(false);
    try {
      await action();
    } catch {
      setFailed(true);
    }
    await load();
  };
  const create = (): Promise<void> => change(async () => setCreated((await authApi.createShare(boardId)).url));
  const revoke = (id: string): Promise<void> => change(() => authApi.revokeShare(boardId, id));

  return (
    <section aria-labelledby="share-heading">
      <h2 id="share-heading">{t('members.share.heading')}</h2>
      <p>{t('members.share.help')}</p>
      <button type="button" onClick={() => void create()}>
        {t('members.share.create')}
      </button>
      {created && (
        <p role="status">
          {t('members.share.created')} <input readOnly value={created} aria-label={t('members.share.link')} onFocus={(event) => event.target.select()} />
        </p>
      )}
      {failed && (
        <p className="form-error" role="alert">
          {t('members.share.failed')}
        </p>
      )}
      {links.length === 0 ? (
        <p>{t('members.share.none')}</p>
      ) : (
        <ul>
          {links.map((link) => (
            <li key={link.id}>
              {t('members.share.createdAt', { date: formatDateTime(link.createdAt) })}{' '}
              {link.revokedAt ? (
                t('members.share.revoked', { date: formatDateTime(link.revokedAt) })
              ) : (
                <button type="button" onClick={() => void revoke(link.id)} aria-label={t('members.share.revokeFor', { date: formatDateTime(link.createdAt) })}>
                  {t('members.share.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
