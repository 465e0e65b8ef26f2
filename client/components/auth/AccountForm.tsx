import type { ReactNode } from 'react';
import './auth.css';

interface AccountFormProps {
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  onSubmit: () => Promise<void>;
  /** What the page's last action did: a status to announce, or an error; empty for none. */
  status: string;
  error: string;
  children: ReactNode;
}

/** A form of the account pages (users, members): its fields, one submit button, then what the last action did. */
export function AccountForm({ label, submitLabel, onSubmit, status, error, children }: AccountFormProps) {
  return (
    <>
      <form
        className="auth-form"
        aria-label={label}
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        {children}
        <button type="submit" className="primary">
          {submitLabel}
        </button>
      </form>
      {status && <p role="status">{status}</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
