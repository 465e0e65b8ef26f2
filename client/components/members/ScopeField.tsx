import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface ScopeFieldProps {
  /** The board's units (and bodies directed to) to tick. */
  suggestions: readonly string[];
  chosen: ReadonlySet<string>;
  onToggle: (unit: string) => void;
  /** Units typed by hand, comma-separated: ones the board has no card for yet. */
  other: string;
  onOther: (text: string) => void;
  /** Units of the scope no card has; warned about, since they give the unit chief nothing. */
  unmatched: readonly string[];
}

/** A unit chief's scope: the board's units as checkboxes, a free-text field for others, and a warning for units no card has. */
export function ScopeField({ suggestions, chosen, onToggle, other, onOther, unmatched }: ScopeFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="scope-field">
      <legend>{t('members.scope')}</legend>
      {suggestions.length > 0 && (
        <div role="group" aria-label={t('members.scopeUnits')} className="scope-choices">
          {suggestions.map((unit) => (
            <label key={unit} className="scope-choice">
              <input type="checkbox" checked={chosen.has(unit)} onChange={() => onToggle(unit)} /> {unit}
            </label>
          ))}
        </div>
      )}
      <label>
        {t('members.scopeOther')}
        <input value={other} onChange={(event) => onOther(event.target.value)} aria-describedby={`${id}-help ${id}-warning`} />
      </label>
      <small id={`${id}-help`}>{t('members.scopeHelp')}</small>
      <p id={`${id}-warning`} className="scope-warning" aria-live="polite">
        {unmatched.length > 0 ? t('members.scopeNoMatch', { units: unmatched.join(', ') }) : ''}
      </p>
    </fieldset>
  );
}
