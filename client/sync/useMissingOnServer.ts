import { useEffect, useState } from 'react';

/**
 * Whether the server says a document does not exist (`get` answers null). A page opens its
 * document at once (it may be in IndexedDB and the network gone) and asks this in parallel, to say
 * so instead of connecting forever; an unreachable server counts as not missing: the document
 * opens from this browser's copy and the status says offline.
 */
export function useMissingOnServer(id: string, get: (id: string) => Promise<unknown>): boolean {
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let current = true;
    get(id).then(
      (found) => current && setMissing(found === null),
      () => {},
    );
    return () => void (current = false);
  }, [get, id]);
  return missing;
}
