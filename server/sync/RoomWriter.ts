import type * as Y from 'yjs';
import type { Logger } from '../log.ts';
import type { Storage } from '../storage/Storage.ts';
import { checkUpdate } from './checkUpdate.ts';
import { ClientOwners, ownerOf } from './ClientOwners.ts';
import type { CloseReason } from './closeReasons.ts';
import { DocPersistence } from './DocPersistence.ts';
import { triedChange } from './shadowDoc.ts';
import type { SyncAccess, UpdateGate } from './UpdateGate.ts';
import { IGNORE, type UpdateOutcome } from './UpdateOutcome.ts';

/** The default of RoomOptions.maxDocBytes: a hundred times the largest seeded board. */
export const DEFAULT_MAX_DOC_BYTES = 8 * 1024 * 1024;

/**
 * What became of a client's update on its way to storage: checkUpdate's outcome when it is not
 * applied (ignore, wait, refuse), or, once it was to be applied, stored or a reason to close.
 */
export type Written =
  | Exclude<UpdateOutcome, { verdict: 'apply' }>
  /** The connection must be closed: the board would grow too large, or storage failed. */
  | { verdict: 'close'; reason: CloseReason; detail: string }
  /** Stored: `change` is what it adds to the document, `accepted` records its history. */
  | { verdict: 'stored'; change: Uint8Array; accepted?: () => Promise<void> };

/**
 * A room's way from a client's update to storage: whose client ids it writes under (CID1), what
 * it changes and whether the connection may (BAD5, UPD), the board's size (LIM), and the append.
 * Nothing reaches the room's document before it is stored, so a store that fails changes nothing.
 */
export class RoomWriter<A extends SyncAccess = SyncAccess> {
  readonly persistence: DocPersistence;
  private owners = new ClientOwners(new Map());

  constructor(
    private readonly docId: string,
    private readonly options: {
      storage: Storage;
      logger: Logger;
      compactEvery: number;
      gate?: UpdateGate<A>;
      maxDocBytes?: number;
      /** Who first announced a client id in the room's presence (PRS2), so that no one else claims it first (CID2). */
      announcedBy?: (client: number) => string | undefined;
    },
  ) {
    this.persistence = new DocPersistence(docId, options.storage, options.logger, options.compactEvery);
  }

  /** Loads the stored document into `doc`, with who wrote each of its client ids. */
  async load(doc: Y.Doc): Promise<void> {
    this.owners = new ClientOwners(await this.persistence.load(doc));
  }

  /** Whose a client id of the document is (CID1), for presence (PRS2). */
  ownerOf(client: number): string | undefined {
    return this.owners.ownerOf(client);
  }

  /** Checks and stores `update` against `doc`, which it leaves untouched; throws ProtocolError for a forged client id (CID2). */
  async write(doc: Y.Doc, access: A | undefined, update: Uint8Array): Promise<Written> {
    const claims = this.owners.claims(doc, update, ownerOf(access), this.options.announcedBy);
    if (claims === null) return IGNORE;
    const { gate } = this.options;
    const decided = checkUpdate(doc, update, gate && ((scratch, effect) => gate.inspect(this.docId, access, doc, scratch, effect)));
    if (decided.verdict !== 'apply') return decided;
    const change = triedChange(doc);
    if (!change) return IGNORE;
    const maxBytes = this.options.maxDocBytes ?? DEFAULT_MAX_DOC_BYTES;
    // The estimate only grows between compactions, though deleting shrinks a document: measure before refusing.
    if (this.persistence.bytes + change.length > maxBytes) this.persistence.measure(doc);
    if (this.persistence.bytes + change.length > maxBytes) {
      return { verdict: 'close', reason: 'document_too_large', detail: `${this.persistence.bytes} + ${change.length} bytes, the limit is ${maxBytes}` };
    }
    try {
      await this.persistence.append(change, claims);
    } catch (error) {
      return { verdict: 'close', reason: 'storage_unavailable', detail: error instanceof Error ? error.message : String(error) };
    }
    this.owners.bind(claims);
    return { verdict: 'stored', change, ...(decided.accepted && { accepted: decided.accepted }) };
  }
}
