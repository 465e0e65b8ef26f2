import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

type Announce = (message: string, politeness?: 'polite' | 'assertive') => void;

const AnnounceContext = createContext<Announce>(() => {});

/**
 * Two visually hidden aria-live regions (polite and assertive) for messages a screen reader
 * should hear without focus moving, e.g. "Ångrade". Rendered once, near the root, before any
 * message, because regions added together with their text are often not read.
 */
export function LiveRegionProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState({ polite: '', assertive: '' });
  const toggle = useRef(false);
  const announce = useCallback<Announce>((message, politeness = 'polite') => {
    // The same text twice in a row would not change the region; a trailing no-break space alternates it.
    toggle.current = !toggle.current;
    setMessages((prev) => ({ ...prev, [politeness]: toggle.current ? message : `${message}\u00a0` }));
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-polite">
        {messages.polite}
      </div>
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true" data-testid="live-assertive">
        {messages.assertive}
      </div>
    </AnnounceContext.Provider>
  );
}

/** The function that speaks a message through the nearest LiveRegionProvider. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
