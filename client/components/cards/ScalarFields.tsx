import { useId, useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScopeRefusal } from '../../auth/editAccess.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { AMOUNT_ERRORS, parseEffect } from './parseEffect.ts';
import { useFieldDraft } from './useFieldDraft.ts';

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
    } catch (error) {
      setError(t(error instanceof ScopeRefusal ? 'card.outOfScope' : 'card.invalid'));
      return false;
    }
  };
  return { error, setError, run };
}

/** A labelled input showing `value` (the draft while there is one), saved when it is left or Enter is pressed. */
function DraftInput({
  label,
  error,
  value,
  onDraft,
  save,
  ...input
}: { label: string; error: string | null; value: string; onDraft: (draft: string) => void; save: () => unknown } & Pick<InputHTMLAttributes<HTMLInputElement>, 'maxLength' | 'inputMode'>) {
  return (
    <Labelled
      label={label}
      error={error}
      control={(aria) => (
        <input
          value={value}
          onChange={(event) => onDraft(event.target.value)}
          onBlur={save}
          onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), save())}
          {...input}
          {...aria}
        />
      )}
    />
  );
}

/** A one-line text value, written when the field is left or Enter is pressed (or the dialog closes, KEEP1); empty clears it. */
export function TextField({ label, value, commit }: { label: string; value: string | undefined; commit: Commit }) {
  const { error, run } = useCommit(commit);
  const { draft, setDraft, flush } = useFieldDraft((typed) => typed === (value ?? '') || run(typed.trim() === '' ? undefined : typed.trim()));
  return <DraftInput label={label} error={error} value={draft ?? value ?? ''} onDraft={setDraft} save={flush} maxLength={500} />;
}

/** An amount in tkr/år (a card's effect, the board's target): typed as the UI language writes numbers, checked before it is written (also when the dialog closes, KEEP1). */
export function EffectField({ label, value, commit }: { label: string; value: number | undefined; commit: Commit }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { error, setError, run } = useCommit(commit);
  const shown = value === undefined ? '' : formatNumber(value, lang);
  const { draft, setDraft, flush } = useFieldDraft((typed) => {
    if (typed === shown) return true;
    const reading = parseEffect(typed, lang);
    if (!reading.ok) {
      setError(t(AMOUNT_ERRORS[reading.reason]));
      return false;
    }
    if (run(reading.value)) return true;
    setError(t(AMOUNT_ERRORS.invalid));
    return false;
  });
  return <DraftInput label={label} error={error} value={draft ?? shown} onDraft={setDraft} save={flush} inputMode="decimal" />;
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
