import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_LIMITS } from '../../../shared/meeting/meetingSchema.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { useAnnounce } from '../app/LiveRegion.tsx';

/**
 * "Nytt beslut": records a decision last in the item with the ärende typed (MTG22, which needs
 * one), announces it and hands its id on, so the page opens its editor for the rest.
 */
export function NewDecisionForm({ itemId, onAdded }: { itemId: string; onAdded: (decisionId: string) => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { decisions } = useMeetingContext();
  const errorId = useId();
  const [matter, setMatter] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const typed = matter.trim();
    if (typed === '') return setMissing(true);
    const id = decisions.add(itemId, { matter: typed });
    if (id === undefined) return;
    setMatter('');
    setMissing(false);
    announce(t('decisions.added', { matter: typed }));
    onAdded(id);
  };
  return (
    <form className="decision-new" onSubmit={submit} noValidate>
      <label>
        {t('decisions.newMatter')}
        <input
          value={matter}
          maxLength={MEETING_LIMITS.matter}
          onChange={(event) => setMatter(event.target.value)}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? errorId : undefined}
        />
      </label>
      <button type="submit">{t('decisions.new')}</button>
      {missing && (
        <p id={errorId} className="field-error">
          {t('decisions.matterRequired')}
        </p>
      )}
    </form>
  );
}
