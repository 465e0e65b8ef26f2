import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi, type ShareLink } from '../../auth/authApi.ts';
import { formatDateTime } from '../../i18n/format.ts';

/** A board's read-only share links: create one (its address is shown once), list them, revoke one (AUTH8). */
export function ShareLinks({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const [links, setLinks] = useState<ShareLink[]>([]);
  const [created, setCreated] = useState<string | null>(null);
  const load = useCallback(() => authApi.shares(boardId).then(setLinks, () => setLinks([])), [boardId]);
  useEffect(() => void load(), [load]);

  const create = async (): Promise<void> => {
    const link = await authApi.createShare(boardId);
    setCreated(link.url);
    await load();
  };
  const revoke = async (id: string): Promise<void> => {
    await authApi.revokeShare(boardId, id);
    await load();
  };

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
