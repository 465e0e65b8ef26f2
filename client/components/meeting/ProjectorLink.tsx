import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi } from '../../auth/authApi.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { useAnnounce } from '../app/LiveRegion.tsx';

/**
 * "Visa på projektor": the facilitator makes a read-only share link of the meeting (its url is the
 * projector's page, /m/:id/present), opens it or copies it to the computer at the projector. The
 * link is shown once, as the members page shows a new link; it is revoked there.
 */
export function ProjectorLink() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { meetingId } = useMeetingContext();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const create = async (): Promise<void> => {
    setFailed(false);
    try {
      setUrl((await authApi.createShare(meetingId)).url);
    } catch {
      setFailed(true);
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
      <button type="button" onClick={() => void create()}>
        {t(url ? 'meeting.projector.again' : 'meeting.projector.create')}
      </button>
      {url && (
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
      )}
      {failed && (
        <p className="form-error" role="alert">
          {t('meeting.projector.failed')}
        </p>
      )}
    </section>
  );
}
