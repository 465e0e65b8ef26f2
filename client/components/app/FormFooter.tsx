/**
 * The end of a form: its submit button, disabled and saying `busyLabel` while the form is busy,
 * and the form's error as an alert, whose id (`errorId`) the fields point at with aria-describedby.
 */
export function FormFooter({ label, busyLabel, busy, error, errorId }: { label: string; busyLabel: string; busy: boolean; error: string; errorId: string }) {
  return (
    <>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? busyLabel : label}
      </button>
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
