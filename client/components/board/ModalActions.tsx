/** The buttons at the foot of a dialog's form: cancel, which closes it, and the form's submit. */
export function ModalActions({ cancelLabel, submitLabel, onCancel }: { cancelLabel: string; submitLabel: string; onCancel: () => void }) {
  return (
    <div className="modal-actions">
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" className="primary">
        {submitLabel}
      </button>
    </div>
  );
}
