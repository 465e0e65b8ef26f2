import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../auth/authApi.ts';
import { ConfirmDialog } from '../app/ConfirmDialog.tsx';

/** Asks before an account is removed (AUTH14), saying what goes with it and what stays. */
export function RemoveUserDialog({ user, onConfirm, onCancel }: { user: SessionUser; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog title={t('auth.users.confirmTitle', { name: user.displayName })} confirmLabel={t('auth.users.confirm')} cancelLabel={t('auth.users.cancel')} onConfirm={onConfirm} onCancel={onCancel}>
      <p>{t('auth.users.confirmText', { name: user.displayName, username: user.username })}</p>
    </ConfirmDialog>
  );
}
