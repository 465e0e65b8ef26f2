import * as Y from 'yjs';
import type { SyncAccess } from './UpdateGate.ts';
import { ProtocolError } from './ProtocolError.ts';

/** More client ids than this new to the board in one update is not a client's history but a flood (CID3). */
export const MAX_NEW_CLIENTS_PER_UPDATE = 256;

/** Whose client ids a connection writes under (CID1): its account, or its share link; the room's own tests are one writer. */
export const ownerOf = (access: SyncAccess | undefined): string =>
  !access ? 'room' : access.principal.kind === 'user' ? `user:${access.principal.user.id}` : `share:${access.principal.shareId}`;

/** For each client id an update speaks of, the clock it reaches: the end of its structs (items, GC, skips) or of its deletions. */
function reachOf(update: Uint8Array): Map<number, number> {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    throw new ProtocolError('invalid_update', 'update bytes do not decode');
  }
  const reach = new Map<number, number>();
  const extend = (client: number, clock: number) => reach.set(client, Math.max(reach.get(client) ?? 0, clock));
  for (const struct of decoded.structs) extend(struct.id.client, struct.id.clock + struct.length);
  for (const [client, deletes] of decoded.ds.clients) for (const { clock, len } of deletes) extend(client, clock + len);
  return reach;
}

/**
 * The Yjs client ids of one board and the account that first wrote each (CID1-CID3). An update
 * that says anything about a client id's clocks beyond what the board holds (new structs, GC or
 * skip ranges, deletions of what does not exist yet) must come from that id's owner; a client id
 * no one owns yet is bound to the writer when the update is stored. What the board already holds
 * may be resent by anyone (an offline client's sync step 2 carries everyone's edits it has seen),
 * and deleting others' items is editing, so neither binds nor is refused.
 */
export class ClientOwners {
  constructor(private readonly owners: Map<number, string>) {}

  /**
   * Answers the client ids this update would bind to `owner`, or null when it holds nothing at all;
   * throws invalid_update when it reaches past the board's state under a client id of another owner,
   * or binds too many at once.
   */
  claims(doc: Y.Doc, update: Uint8Array, owner: string, announcedBy: (client: number) => string | undefined = () => undefined): Map<number, string> | null {
    const reach = reachOf(update);
    if (reach.size === 0) return null;
    const claims = new Map<number, string>();
    for (const [client, clock] of reach) {
      if (clock <= Y.getState(doc.store, client)) continue;
      const bound = this.owners.get(client);
      if (bound === owner) continue;
      if (bound !== undefined) throw new ProtocolError('invalid_update', `client id ${client} belongs to another writer`);
      // Presence shows a tab's client id before the tab writes: whoever announced it first writes under it first.
      const announced = announcedBy(client);
      if (announced !== undefined && announced !== owner) throw new ProtocolError('invalid_update', `client id ${client} is announced by another writer`);
      claims.set(client, owner);
    }
    if (claims.size > MAX_NEW_CLIENTS_PER_UPDATE) throw new ProtocolError('invalid_update', `${claims.size} new client ids in one update`);
    return claims;
  }

  /** Records bindings once they are stored. */
  bind(claims: ReadonlyMap<number, string>): void {
    for (const [client, owner] of claims) if (!this.owners.has(client)) this.owners.set(client, owner);
  }

  /** The owner of a client id, if any (presence asks: PRS). */
  ownerOf(client: number): string | undefined {
    return this.owners.get(client);
  }
}
