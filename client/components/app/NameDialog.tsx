import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Asks for the name others see on the board. Modal (native <dialog>) so the question is answered
 * before this user appears to others; there is no cancel, but Escape is not trapped either.
 */
export function NameDialog({ initialName = '', onSubmit }: { initialName?: string; onSubmit: (name: string) => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const helpId = useId();
  const [name, setName] = useState(initialName);

  useEffect(() => {
    const element = dialog.current;
    // jsdom and old browsers lack showModal; the `open` attribute still shows the form there.
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    return () => element?.close?.();
  }, []);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (name.trim()) onSubmit(name.trim());
  };

  return (
    <dialog ref={dialog} className="name-dialog" aria-labelledby={titleId} aria-describedby={helpId}>
      <form onSubmit={submit}>
        <h2 id={titleId}>{t('app.user.askName')}</h2>
        <p id={helpId}>{t('app.user.askNameHelp')}</p>
        <label>
          {t('app.user.name')}
          <input value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" required maxLength={60} autoFocus />
        </label>
        <button type="submit" className="primary">
          {t('app.user.save')}
        </button>
      </form>
    </dialog>
  );
}
