import * as random from 'lib0/random';
import type * as Y from 'yjs';
import type { Logger } from '../log.ts';
import { SeriesMovedError, type AppendExtra, type Storage } from '../storage/Storage.ts';
import { checkUpdate } from './checkUpdate.ts';
import { ClientOwners, ownerOf } from './ClientOwners.ts';
import type { CloseReason } from './closeReasons.ts';
import { DocPersistence } from './DocPersistence.ts';
import { draftServerWrite, type FollowUp, type ServerWrite } from './ServerWrite.ts';
import { triedChange } from './shadowDoc.ts';
import type { SyncAccess, UpdateGate } from './UpdateGate.ts';
import { APPLY, IGNORE, type UpdateOutcome } from './UpdateOutcome.ts';

/** The default of RoomOptions.maxDocBytes: a hundred times the largest seeded board. */
export const DEFAULT_MAX_DOC_BYTES = 8 * 1024 * 1024;

/** Whose the client ids of the server's own writes are (CID1): no connection may write under them. */
const SERVER_OWNER = 'server';

/** How often a server write is drafted again when another room raised its series first (MTS17); past that it fails. */
const SERVER_WRITE_ATTEMPTS = 8;

/**
 * What became of a client's update on its way to storage: checkUpdate's outcome when it is not
 * applied (ignore, wait, refuse), or, once it was to be applied, stored or a reason to close.
 */
export type Written =
  | Exclude<UpdateOutcome, { verdict: 'apply' }>
  /** The connection must be closed: the board would grow too large, or storage failed. */
  | { verdict: 'close'; reason: CloseReason; detail: string }
  /** Stored: `change` is what it adds to the document, `accepted` records its history, `followUp` is what the server writes after it (MTS18, MTS19). */
  | { verdict: 'stored'; change: Uint8Array; accepted?: () => Promise<void>; followUp?: ServerWrite<unknown> };

/**
 * A room's way from a client's update to storage: whose client ids it writes under (CID1), what
 * it changes and whether the connection may (BAD5, UPD), the board's size (LIM), and the append.
 * Nothing reaches the room's document before it is stored, so a store that fails changes nothing.
 */
export class RoomWriter<A extends SyncAccess = SyncAccess> {
  readonly persistence: DocPersistence;
  private owners = new ClientOwners(new Map());
  /** The Yjs client id of this room's own writes (MTS17). */
  private readonly serverClient = random.uint32();

  constructor(
    private readonly docId: string,
    private readonly options: {
      storage: Storage;
      logger: Logger;
      compactEvery: number;
      gate?: UpdateGate<A>;
      followUp?: FollowUp;
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
    const { gate, followUp } = this.options;
    let then: ServerWrite<unknown> | undefined;
    const decided = checkUpdate(doc, update, (scratch, effect) => {
      const outcome = gate ? gate.inspect(this.docId, access, doc, scratch, effect) : APPLY;
      if (outcome.verdict === 'apply') then = followUp?.(this.docId, doc, scratch);
      return outcome;
    });
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
      await this.store(change, claims);
    } catch (error) {
      return { verdict: 'close', reason: 'storage_unavailable', detail: error instanceof Error ? error.message : String(error) };
    }
    return { verdict: 'stored', change, ...(decided.accepted && { accepted: decided.accepted }), ...(then && { followUp: then }) };
  }

  /**
   * MTS17: drafts the server's own `write` on a copy of `doc`, checks what it changed against the
   * schema as any update is (BAD5; no role is asked, the server is no connection), and stores it with
   * the write's extra in one transaction; `doc` is left untouched. When another room raised the
   * series first (SeriesMovedError) nothing was stored, and it is drafted again from the new number.
   * Answers the write's result and the change to apply, none when it wrote nothing; throws when
   * storage fails or the write breaks the schema (a bug), and nothing is stored then.
   */
  async writeOwn<T>(doc: Y.Doc, write: ServerWrite<T>): Promise<{ result: T; change?: Uint8Array }> {
    for (let attempt = 1; ; attempt++) {
      const drafted = await draftServerWrite(doc, this.serverClient, write);
      const claims = drafted.update && this.owners.claims(doc, drafted.update, SERVER_OWNER);
      if (!claims) return { result: drafted.result };
      if (checkUpdate(doc, drafted.update!).verdict !== 'apply') throw new Error('the server wrote what waits for changes it does not have');
      const change = triedChange(doc);
      if (!change) return { result: drafted.result };
      try {
        await this.store(change, claims, drafted.extra);
      } catch (error) {
        if (error instanceof SeriesMovedError && attempt < SERVER_WRITE_ATTEMPTS) continue;
        throw error;
      }
      return { result: drafted.result, change };
    }
  }

  /** The history of a stored update; it is stored and relayed already, so a failure here is logged and loses no edit. */
  async recordHistory(accepted: (() => Promise<void>) | undefined): Promise<void> {
    try {
      await accepted?.();
    } catch (error) {
      this.logFailure('history_failed', error);
    }
  }

  /** Logs what failed after an update was stored: the update stays. */
  logFailure(event: string, error: unknown): void {
    this.options.logger.log('error', { event, docId: this.docId, detail: error instanceof Error ? error.message : String(error) });
  }

  /** Appends a checked change with the client ids it binds (and a server write's extra), then binds them. */
  private async store(change: Uint8Array, claims: Map<number, string>, extra?: AppendExtra): Promise<void> {
    await this.persistence.append(change, claims, extra);
    this.owners.bind(claims);
  }
}
