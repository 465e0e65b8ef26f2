import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { parseEffect } from './parseEffect.ts';

/** Writes one value; throws (a SchemaError) when the model refuses it. */
export type Commit = (value: unknown) => void;

/** A labelled control with the error line it owns; `control` gets the ids to point at it. */
function Labelled({ label, error, control }: { label: string; error: string | null; control: (aria: Record<string, unknown>) => ReactNode }) {
  const errorId = useId();
  const aria = error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
  return (
    <>
      <label>
        {label}
        {control(aria)}
      </label>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

/**
 * Runs a commit and turns a refusal into the field's message. Scalars are last-writer-wins, so a
 * field shows the stored value except while this user has an uncommitted draft in it.
 */
function useCommit(commit: Commit) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const run = (value: unknown): boolean => {
    try {
      commit(value);
      setError(null);
      return true;
    } catch {
      setError(t('card.invalid'));
      return false;
    }
  };
  return { error, setError, run };
}

/** A one-line text value, written when the field is left or Enter is pressed; empty clears it. */
export function TextField({ label, value, commit }: { label: string; value: string | undefined; commit: Commit }) {
  const [draft, setDraft] = useState<string | null>(null);
  const { error, run } = useCommit(commit);
  const save = (): void => {
    if (draft !== null && draft !== (value ?? '') && !run(draft.trim() === '' ? undefined : draft.trim())) return;
    setDraft(null);
  };
  return (
    <Labelled
      label={label}
      error={error}
      control={(aria) => (
        <input
          value={draft ?? value ?? ''}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={save}
          onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), save())}
          maxLength={500}
          {...aria}
        />
      )}
    />
  );
}

/** The economic effect in tkr/år: typed with Swedish or English grouping, checked before it is written. */
export function EffectField({ label, value, commit }: { label: string; value: number | undefined; commit: Commit }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [draft, setDraft] = useState<string | null>(null);
  const { error, setError, run } = useCommit(commit);
  const shown = value === undefined ? '' : formatNumber(value, lang);
  const save = (): void => {
    if (draft === null || draft === shown) return setDraft(null);
    const parsed = parseEffect(draft);
    if (parsed === null) return setError(t('card.effectInvalid'));
    if (run(parsed)) setDraft(null);
    else setError(t('card.effectInvalid'));
  };
  return (
    <Labelled
      label={label}
      error={error}
      control={(aria) => (
        <input
          value={draft ?? shown}
          inputMode="decimal"
          onChange={(event) => setDraft(event.target.value)}
          onBlur={save}
          onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), save())}
          {...aria}
        />
      )}
    />
  );
}

/** An ISO date (YYYY-MM-DD), written as soon as it is picked; empty clears it. */
export function DateField({ label, value, commit }: { label: string; value: string | undefined; commit: Commit }) {
  const { error, run } = useCommit(commit);
  return (
    <Labelled
      label={label}
      error={error}
      control={(aria) => <input type="date" value={value ?? ''} onChange={(event) => run(event.target.value || undefined)} {...aria} />}
    />
  );
}

/** One of an enum's values, or none. */
export function SelectField({ label, value, options, commit }: { label: string; value: string | undefined; options: [string, string][]; commit: Commit }) {
  const { t } = useTranslation();
  const { error, run } = useCommit(commit);
  return (
    <Labelled
      label={label}
      error={error}
      control={(aria) => (
        <select value={value ?? ''} onChange={(event) => run(event.target.value || undefined)} {...aria}>
          <option value="">{t('card.values.none')}</option>
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      )}
    />
  );
}
