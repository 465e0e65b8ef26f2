import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A list the start page asks the server for: still asking, refused or unreachable, or there. */
export type Loaded<T> = { state: 'loading' } | { state: 'error' } | { state: 'loaded'; value: T };

/** Asks `load` once (and again on `reload`), as a Loaded value; `load` must be stable (useCallback). */
export function useLoaded<T>(load: () => Promise<T>): { loaded: Loaded<T>; reload: () => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const reload = useCallback(() => {
    setLoaded({ state: 'loading' });
    load().then(
      (value) => setLoaded({ state: 'loaded', value }),
      () => setLoaded({ state: 'error' }),
    );
  }, [load]);
  useEffect(reload, [reload]);
  return { loaded, reload };
}

/**
 * One list of the start page under its heading: "Laddar…" while asked for, its failure as an
 * alert with "Försök igen", else what `children` makes of it (given the heading's id to label a table).
 */
export function ListSection<T>({ className, heading, loadError, loaded, reload, children }: { className: string; heading: string; loadError: string; loaded: Loaded<T>; reload: () => void; children: (value: T, headingId: string) => ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {loaded.state === 'loading' && <p>{t('app.loading')}</p>}
      {loaded.state === 'error' && (
        <p role="alert">
          {loadError}{' '}
          <button type="button" onClick={reload}>
            {t('start.retry')}
          </button>
        </p>
      )}
      {loaded.state === 'loaded' && children(loaded.value, headingId)}
    </section>
  );
}
