import * as Y from 'yjs';
import { readMeta } from '../../shared/read/readMeta.ts';
import { readStoredBoard } from '../storage/checkStoredBoards.ts';
import type { Logger } from '../log.ts';
import type { AppendExtra, ClientOwners, Storage } from '../storage/Storage.ts';

/** The stored bytes of a board do not decode (OPS3): loading again cannot help, unlike a storage failure. */
export class UnreadableBoardError extends Error {
  override name = 'UnreadableBoardError';
}

/**
 * A room's side of storage: loading its document, appending its updates, compacting them into
 * the snapshot (STO4) and keeping the registry title in step (SRV6). Called only from the
 * room's queue, so nothing is appended while a snapshot is being taken.
 */
export class DocPersistence {
  /** The stored updates the in-memory document contains beyond its snapshot: what a compaction may delete (STO10). */
  private contained: number[] = [];
  /** The generation of the snapshot the document was loaded from or last compacted into. */
  private generation = 0;
  /** The document's size: its encoded state at load or compaction plus every update appended since (LIM). */
  bytes = 0;
  /** True while `bytes` is the document's real size, not an estimate. */
  private exact = false;
  private title: string | undefined;

  constructor(
    private readonly docId: string,
    private readonly storage: Storage,
    private readonly logger: Logger,
    private readonly compactEvery: number,
  ) {}

  /** Fills `doc` with the stored snapshot and the updates after it; answers the document's client owners (CID1). */
  async load(doc: Y.Doc): Promise<Map<number, string>> {
    const stored = await this.storage.loadDoc(this.docId);
    const record = await this.storage.getBoard(this.docId);
    // The same reading as the check at start (OPS3): bytes that throw, structs left waiting for parts
    // that are not stored, no board, or values the schema of its kind (board or meeting, MTS1)
    // refuses are all a document no client can use.
    const reading = readStoredBoard(stored, doc, record?.kind);
    if (!reading.readable) throw new UnreadableBoardError(`${reading.reason}: ${reading.detail}`);
    this.contained = stored.updates.map((update) => update.seq);
    this.generation = stored.generation;
    this.measure(doc);
    this.title = record?.title;
    this.logger.log('debug', { event: 'room_loaded', docId: this.docId, updates: stored.updates.length });
    await this.afterStored(doc);
    return this.storage.loadClientOwners(this.docId);
  }

  /** Sets `bytes` to the document's real encoded size (FLOW3), which deletions may have made smaller than the estimate. */
  measure(doc: Y.Doc): void {
    // Exact already (nothing stored since it was measured or compacted): updates refused one after
    // another on a full board cost no new encoding of the whole document.
    if (this.exact) return;
    this.bytes = Y.encodeStateAsUpdate(doc).length;
    this.exact = true;
  }

  /** Appends one update with the client ids it binds (and a server write's extra, MTS17); rejects when storage fails, and then the caller must not apply or relay it. */
  async append(update: Uint8Array, owners?: ClientOwners, extra?: AppendExtra): Promise<void> {
    this.contained.push(await this.storage.appendUpdate(this.docId, update, owners, extra));
    this.bytes += update.length;
    this.exact = false;
  }

  /**
   * Bookkeeping after an update is stored: the registry title, and a compaction when due.
   * Never throws: the update itself is safe in the log whatever happens here.
   */
  async afterStored(doc: Y.Doc): Promise<void> {
    try {
      const { title } = readMeta(doc);
      if (title !== '' && title !== this.title) {
        await this.storage.touchBoard(this.docId, { title });
        this.title = title;
      }
      if (this.contained.length >= this.compactEvery) await this.compact(doc);
    } catch (error) {
      this.logger.log('error', { event: 'bookkeeping_failed', docId: this.docId, detail: String(error) });
    }
  }

  /** Compacts if anything was appended since the last snapshot; a failure is logged and loses nothing. */
  async compactOnUnload(doc: Y.Doc): Promise<void> {
    if (this.contained.length === 0) return;
    try {
      await this.compact(doc);
    } catch (error) {
      this.logger.log('error', { event: 'compaction_failed', docId: this.docId, detail: String(error) });
    }
  }

  private async compact(doc: Y.Doc): Promise<void> {
    const seqs = [...this.contained];
    const snapshot = Y.encodeStateAsUpdate(doc);
    const compacted = await this.storage.compact(this.docId, snapshot, { seqs, generation: this.generation });
    if (!compacted) {
      // Another writer compacted this document: its rows and ours all stay, and this room stops compacting (STO10).
      this.logger.log('warn', { event: 'compaction_skipped', docId: this.docId, detail: 'compacted by another writer since this room loaded' });
      this.contained = [];
      this.generation = -1;
      return;
    }
    this.contained = this.contained.slice(seqs.length);
    this.generation++;
    this.bytes = snapshot.length;
    this.exact = true;
  }
}
