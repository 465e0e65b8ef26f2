import { useState, type InputHTMLAttributes } from 'react';
import { useFieldDraft } from '../cards/useFieldDraft.ts';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur' | 'onKeyDown'>;

interface DraftFieldProps extends InputProps {
  label: string;
  /** What the meeting holds now. */
  value: string;
  /** Writes the typed value; false when the model refused it (the draft then stays, marked invalid). */
  onSave: (value: string) => boolean;
}

/**
 * A plain field of the meeting (a fact, a presenter, the minutes): typing is a local draft,
 * written when the field is left or Enter is pressed, and before the page goes (KEEP1, through
 * useFieldDraft), so a half-typed date is never sent. Remote changes show while no draft is open.
 */
export function DraftField({ label, value, onSave, ...input }: DraftFieldProps) {
  const [refused, setRefused] = useState(false);
  const { draft, setDraft, flush } = useFieldDraft((typed) => {
    if (typed === value) return true;
    const saved = onSave(typed);
    setRefused(!saved);
    return saved;
  });
  return (
    <label>
      {label}
      <input
        {...input}
        value={draft ?? value}
        aria-invalid={refused || undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void flush()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') flush();
        }}
      />
    </label>
  );
}
