import { useTranslation } from 'react-i18next';
import type { BoardAccess } from '../../auth/authApi.ts';
import './auth.css';

/** Tells a viewer (or a share link) that the board is read-only, and a unit chief which cards are theirs. */
export function ReadOnlyBanner({ access, share = false }: { access: BoardAccess | null; share?: boolean }) {
  const { t } = useTranslation();
  if (!access) return null;
  if (access.role === 'viewer') {
    return (
      <p className="auth-banner" role="status">
        {t(share ? 'auth.readOnlyShare' : 'auth.readOnly')}
      </p>
    );
  }
  if (access.role !== 'unitChief') return null;
  return (
    <p className="auth-banner" role="status">
      {access.scope.length > 0 ? t('auth.unitChiefScope', { units: access.scope.join(', ') }) : t('auth.unitChiefNoScope')}
    </p>
  );
}
