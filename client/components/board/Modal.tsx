import { useEffect, useId, useRef, type ReactNode } from 'react';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import './Modal.css';

/**
 * A modal dialog on the native <dialog>: showModal() makes the rest of the page inert (the focus
 * trap) and Escape cancels, which closes through `onClose`. Focus returns to where it was on close.
 */
export function Modal({ title, onClose, children, className }: { title: ReactNode; onClose: () => void; children: ReactNode; className?: string }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = element.ownerDocument.activeElement as HTMLElement | null;
    // jsdom and old browsers lack showModal; the `open` attribute still shows the dialog there.
    if (!element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    const onCancel = (event: Event): void => {
      event.preventDefault();
      close.current();
    };
    element.addEventListener('cancel', onCancel);
    return () => {
      element.removeEventListener('cancel', onCancel);
      if (typeof element.close === 'function') element.close();
      opener?.focus?.();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className={`modal ${className ?? ''}`}
      aria-labelledby={titleId}
      // Where showModal is missing, Escape is handled here so it still closes.
      onKeyDown={(event) => {
        if (event.key === 'Escape' && typeof dialog.current?.showModal !== 'function') close.current();
      }}
    >
      <header className="modal-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" onClick={() => close.current()} aria-label={t('card.editor.close')}>
          <X aria-hidden="true" size={22} />
        </button>
      </header>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}
