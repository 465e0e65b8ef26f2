import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../auth/authApi.ts';
import { Modal } from '../board/Modal.tsx';
import './auth.css';

/** Asks before an account is removed (AUTH14), saying what goes with it and what stays. */
export function RemoveUserDialog({ user, onConfirm, onCancel }: { user: SessionUser; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('auth.users.confirmTitle', { name: user.displayName })} onClose={onCancel}>
      <p>{t('auth.users.confirmText', { name: user.displayName, username: user.username })}</p>
      <div className="auth-actions">
        <button type="button" className="auth-danger" onClick={onConfirm}>
          {t('auth.users.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('auth.users.cancel')}
        </button>
      </div>
    </Modal>
  );
}
