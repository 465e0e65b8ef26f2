import type { ReactNode } from 'react';

/** One choice of a LabelledSelect: the value it stands for and the text the user reads. */
export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

/** A <select> inside its <label>, one <option> per choice. */
export function LabelledSelect<V extends string>({ label, value, onChange, options }: { label: ReactNode; value: V; onChange: (value: V) => void; options: readonly SelectOption<V>[] }) {
  return (
    <label>
      {label}
      {/* The options are the only values the select can take. */}
      <select value={value} onChange={(event) => onChange(event.target.value as V)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
