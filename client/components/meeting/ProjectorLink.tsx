import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi } from '../../auth/authApi.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { Link } from '../app/Link.tsx';
import { useAnnounce } from '../app/LiveRegion.tsx';
import { meetingMembersPath } from '../app/router.ts';

/**
 * The projector link made for each meeting in this page session. Every link is a share link that
 * reads the meeting until it is revoked, so the page shows the one it made again (when the controls
 * come back after a lost connection, or the user comes back from another page) rather than making
 * one per click. Kept in memory only: the link is a credential, not for the browser's storage.
 */
const madeLinks = new Map<string, string>();

/**
 * "Visa på projektor": the facilitator makes a read-only share link of the meeting (its url is the
 * projector's page, /m/:id/present), opens it or copies it to the computer at the projector. The
 * members page lists the links and revokes them.
 */
export function ProjectorLink() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { meetingId } = useMeetingContext();
  const [url, setUrl] = useState<string | undefined>(() => madeLinks.get(meetingId));
  const [state, setState] = useState<'idle' | 'making' | 'failed'>('idle');
  const create = async (): Promise<void> => {
    setState('making');
    try {
      const made = (await authApi.createShare(meetingId)).url;
      madeLinks.set(meetingId, made);
      setUrl(made);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  const copy = async (): Promise<void> => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      announce(t('meeting.projector.copied'));
    } catch {
      announce(t('meeting.projector.copyFailed'));
    }
  };
  return (
    <section className="projector-link" aria-labelledby="projector-heading">
      <h2 id="projector-heading">{t('meeting.projector.heading')}</h2>
      <p>{t('meeting.projector.help')}</p>
      {url ? (
        <div className="projector-url">
          <input readOnly value={url} aria-label={t('meeting.projector.link')} onFocus={(event) => event.target.select()} />
          <button type="button" onClick={() => void copy()}>
            {t('meeting.projector.copy')}
          </button>
          <a href={url} target="_blank" rel="noopener noreferrer">
            {t('meeting.projector.open')}
            <span className="visually-hidden"> {t('meeting.facts.newTab')}</span>
          </a>
        </div>
      ) : (
        <button type="button" disabled={state === 'making'} onClick={() => void create()}>
          {t('meeting.projector.create')}
        </button>
      )}
      {state === 'failed' && (
        <p className="form-error" role="alert">
          {t('meeting.projector.failed')}
        </p>
      )}
      <p>
        {t('meeting.projector.lasts')} <Link href={meetingMembersPath(meetingId)}>{t('meeting.projector.manage')}</Link>
      </p>
    </section>
  );
}
