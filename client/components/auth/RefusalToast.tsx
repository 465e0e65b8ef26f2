import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onRefusal, takeRefusalBeforeReload, type Refusal } from '../../auth/permissionDenied.ts';
import './auth.css';

/** Shows the server's refusal of an edit (permission denied), also after the reload it caused, until dismissed; announced as an alert. */
export function RefusalToast() {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<Refusal | null>(takeRefusalBeforeReload);
  useEffect(() => onRefusal(setRefusal), []);
  if (!refusal) return null;
  return (
    <div className="auth-toast" role="alert">
      <span>{t(`auth.refused.${refusal}`)}</span>
      <button type="button" onClick={() => setRefusal(null)} aria-label={t('auth.refused.dismiss')}>
        ×
      </button>
    </div>
  );
}
