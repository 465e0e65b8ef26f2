import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cardTextCap } from '../../../shared/schema/limits.ts';
import { useCardTextInput } from '../../state/useTextInputs.ts';

interface BoundProps {
  cardId: string;
  field: string;
  onRefused: () => void;
  described: Record<string, unknown>;
}

/**
 * A prose field bound to the card's Y.Text: typing goes in as character edits, and remote typing
 * shows at once without moving this user's caret. Uncontrolled on purpose: React must not reset it.
 */
export function ProseField({ cardId, field, label, multiline }: { cardId: string; field: string; label: string; multiline: boolean }) {
  const { t } = useTranslation();
  const errorId = useId();
  const [refused, setRefused] = useState(false);
  const bound: BoundProps = {
    cardId,
    field,
    onRefused: () => setRefused(true),
    described: refused ? { 'aria-invalid': true, 'aria-describedby': errorId } : {},
  };
  return (
    <>
      <label>
        {label}
        {multiline ? <BoundTextarea {...bound} /> : <BoundInput {...bound} />}
      </label>
      {refused && (
        <p id={errorId} className="field-error">
          {t('card.invalid')}
        </p>
      )}
    </>
  );
}

function BoundTextarea({ cardId, field, onRefused, described }: BoundProps) {
  const { ref, defaultValue, onInput } = useCardTextInput<HTMLTextAreaElement>(cardId, field, onRefused);
  // LIM1: the input stops at the server's cap, so an honest edit is never refused for its length.
  return <textarea ref={ref} defaultValue={defaultValue} onInput={onInput} rows={4} maxLength={cardTextCap(field)} {...described} />;
}

function BoundInput({ cardId, field, onRefused, described }: BoundProps) {
  const { ref, defaultValue, onInput } = useCardTextInput<HTMLInputElement>(cardId, field, onRefused);
  return <input ref={ref} defaultValue={defaultValue} onInput={onInput} maxLength={cardTextCap(field)} {...described} />;
}
