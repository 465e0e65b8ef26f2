import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../shared/meeting/readMeeting.ts';
import { extractDocxUrl } from './minutesUrls.ts';

/** A protokollsutdrag per recipient of the decision's "Expedieras till" (MTS21), as DOCX downloads; not printed. */
export function ExtractLinks({ meetingId, decision }: { meetingId: string; decision: Decision }) {
  const { t } = useTranslation();
  if (decision.correctionOf !== undefined || decision.sendTo.length === 0) return null;
  const paragraph = decision.paragraph === undefined ? t('decisions.unnumbered') : t('decisions.paragraph', { number: decision.paragraph });
  return (
    <ul className="minutes-extracts no-print" aria-label={`${t('minutes.extracts')} ${paragraph}`}>
      {decision.sendTo.map((name) => (
        <li key={name}>
          <a href={extractDocxUrl(meetingId, decision.id, name)} download aria-label={t('minutes.extractNamed', { paragraph, name })}>
            {t('minutes.extract', { name })}
          </a>
        </li>
      ))}
    </ul>
  );
}
