/** A reserved connection slot; releasing it twice is harmless. */
export type ReleaseSlot = () => void;

/**
 * Caps open sync connections per principal and per client address (AUTH12), so one account or
 * one machine cannot hold the server's sockets and memory. A slot is reserved before the upgrade
 * (a refusal is a plain 429) and released when the connection closes.
 */
export class ConnectionLimiter {
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly perPrincipal: number,
    private readonly perAddress: number,
  ) {}

  /** Reserves a slot; undefined when the principal or the address is at its limit. */
  acquire(principalKey: string, address: string): ReleaseSlot | undefined {
    const keys: [string, number][] = [
      [`principal:${principalKey}`, this.perPrincipal],
      [`address:${address}`, this.perAddress],
    ];
    if (keys.some(([key, limit]) => (this.counts.get(key) ?? 0) >= limit)) return undefined;
    for (const [key] of keys) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const [key] of keys) {
        const left = (this.counts.get(key) ?? 1) - 1;
        if (left > 0) this.counts.set(key, left);
        else this.counts.delete(key);
      }
    };
  }
}
