import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISION_TEXT_CAPS } from '../../../shared/meeting/meetingFields.ts';
import type { Decision } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { useDecisionTextInput, type DecisionTextField as Field } from '../../meeting/useDecisionTextInput.ts';

/**
 * A decision's bakgrund or att-satser, a textarea bound to its Y.Text (MTG22, MTP7): several
 * people type in it at once and all keep their words. Uncontrolled on purpose: React must not
 * reset it. It stops at the model's cap (MTG8), so an honest edit is not refused for its length.
 */
export function DecisionTextField({ decision, field, label, hint }: { decision: Decision; field: Field; label: string; hint?: string }) {
  const { t } = useTranslation();
  const { session } = useMeetingContext();
  const hintId = useId();
  const errorId = useId();
  const [refused, setRefused] = useState(false);
  const { ref, defaultValue, onInput } = useDecisionTextInput<HTMLTextAreaElement>(session.doc, session.origin, decision.id, field, decision, () => setRefused(true));
  const described = [hint ? hintId : '', refused ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={`decision-${field}`}>
      <label>
        {label}
        <textarea
          ref={ref}
          defaultValue={defaultValue}
          onInput={(event) => {
            setRefused(false);
            onInput(event);
          }}
          rows={field === 'text' ? 5 : 3}
          maxLength={DECISION_TEXT_CAPS[field]}
          aria-invalid={refused || undefined}
          aria-describedby={described || undefined}
        />
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {refused && (
        <p id={errorId} className="field-error">
          {t('decisions.textRefused')}
        </p>
      )}
    </div>
  );
}
