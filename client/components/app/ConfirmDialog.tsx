import type { ReactNode } from 'react';
import { Modal } from '../board/Modal.tsx';
import '../auth/auth.css';

interface ConfirmDialogProps {
  title: string;
  /** What happens, and what stays. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that cannot be undone from the UI (removing an account, a member): the destructive button first, then cancel. */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Modal title={title} onClose={onCancel}>
      {children}
      <div className="auth-actions">
        <button type="button" className="auth-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </Modal>
  );
}
