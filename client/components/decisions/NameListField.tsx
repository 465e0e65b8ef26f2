import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_LIMITS } from '../../../shared/meeting/meetingSchema.ts';
import { useAnnounce } from '../app/LiveRegion.tsx';

interface NameListFieldProps {
  /** The list's name ("Ansvarig", "Expedieras till"): the fieldset's legend and part of every button's name. */
  label: string;
  names: readonly string[];
  max: number;
  /** Writes the new list; false when the model refused it. */
  onChange: (names: readonly string[]) => boolean;
}

/**
 * Names, several (MTG22: ansvarig, Expedieras till): the names as a list, each with its remove
 * button, and a field that adds one on Enter or "Lägg till". A name already listed is not added
 * twice (the model refuses it); each change is announced, so the keyboard user hears it happen.
 */
export function NameListField({ label, names, max, onChange }: NameListFieldProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const inputId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = (event: FormEvent): void => {
    event.preventDefault();
    const name = draft.trim();
    if (name === '') return;
    if (names.includes(name)) return setError(t('decisions.names.duplicate', { name }));
    if (!onChange([...names, name])) return;
    setDraft('');
    setError(null);
    announce(t('decisions.names.added', { name, list: label }));
  };
  const remove = (name: string): void => {
    if (onChange(names.filter((n) => n !== name))) announce(t('decisions.names.removed', { name, list: label }));
    document.getElementById(inputId)?.focus();
  };
  return (
    <fieldset className="name-list">
      <legend>{label}</legend>
      {names.length === 0 ? (
        <p className="name-list-empty">{t('decisions.names.none')}</p>
      ) : (
        <ul>
          {names.map((name) => (
            <li key={name}>
              <span>{name}</span>
              <button type="button" onClick={() => remove(name)} aria-label={t('decisions.names.remove', { name, list: label })}>
                {t('decisions.names.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {names.length < max && (
        <div className="name-list-add">
          <label htmlFor={inputId}>{t('decisions.names.name', { list: label })}</label>
          <input
            id={inputId}
            value={draft}
            maxLength={MEETING_LIMITS.name}
            aria-invalid={error !== null || undefined}
            aria-describedby={error === null ? undefined : errorId}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') add(event);
            }}
          />
          <button type="button" onClick={add} disabled={draft.trim() === ''} aria-label={t('decisions.names.addNamed', { list: label })}>
            {t('decisions.names.add')}
          </button>
        </div>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
