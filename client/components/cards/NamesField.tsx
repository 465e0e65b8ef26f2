import { useId, type FormEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus, X } from 'lucide-react';
import { useFieldDraft } from './useFieldDraft.ts';

/**
 * A list of responsible people: each removable, new ones added one at a time; an empty list clears
 * the field. A name typed but not added is added however the dialog closes (KEEP1).
 */
export function NamesField({ label, names, commit }: { label: string; names: readonly string[]; commit: (names: readonly string[] | undefined) => boolean }) {
  const { t } = useTranslation();
  const inputId = useId();
  const { draft, setDraft, flush } = useFieldDraft((typed) => {
    const trimmed = typed.trim();
    return !trimmed || names.includes(trimmed) || commit([...names, trimmed]);
  });
  const add = (event: FormEvent | MouseEvent): void => {
    event.preventDefault();
    flush();
  };
  const remove = (who: string): void => {
    const rest = names.filter((n) => n !== who);
    commit(rest.length > 0 ? rest : undefined);
  };
  return (
    <fieldset className="names-field">
      <legend>{label}</legend>
      {names.length > 0 && (
        <ul className="names-list">
          {names.map((who) => (
            <li key={who}>
              {who}
              <button type="button" className="icon-button" onClick={() => remove(who)} aria-label={t('card.responsibleRemove', { name: who })}>
                <X aria-hidden="true" size={16} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="names-add">
        <label htmlFor={inputId} className="visually-hidden">
          {t('card.responsibleName')}
        </label>
        <input
          id={inputId}
          value={draft ?? ''}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && add(event)}
          placeholder={t('card.responsibleName')}
          maxLength={120}
        />
        <button type="button" onClick={add}>
          <Plus aria-hidden="true" size={16} /> {t('card.responsibleAdd')}
        </button>
      </div>
    </fieldset>
  );
}
