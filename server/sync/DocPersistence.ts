import * as Y from 'yjs';
import { readMeta } from '../../shared/read/readMeta.ts';
import type { Logger } from '../log.ts';
import type { Storage } from '../storage/Storage.ts';

/**
 * A room's side of storage: loading its document, appending its updates, compacting them into
 * the snapshot (STO4) and keeping the registry title in step (SRV6). Called only from the
 * room's queue, so nothing is appended while a snapshot is being taken.
 */
export class DocPersistence {
  /** Seq of the last update the in-memory document contains. */
  private lastSeq = 0;
  private sinceCompaction = 0;
  private title: string | undefined;

  constructor(
    private readonly docId: string,
    private readonly storage: Storage,
    private readonly logger: Logger,
    private readonly compactEvery: number,
  ) {}

  /** Fills `doc` with the stored snapshot and the updates after it. */
  async load(doc: Y.Doc): Promise<void> {
    const stored = await this.storage.loadDoc(this.docId);
    doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update.data);
    });
    this.lastSeq = stored.updates.at(-1)?.seq ?? 0;
    this.sinceCompaction = stored.updates.length;
    this.title = (await this.storage.getBoard(this.docId))?.title;
    this.logger.log('debug', { event: 'room_loaded', docId: this.docId, updates: stored.updates.length });
    await this.afterStored(doc);
  }

  /** Appends one update; rejects when storage fails, and then the caller must not relay it. */
  async append(update: Uint8Array): Promise<void> {
    this.lastSeq = await this.storage.appendUpdate(this.docId, update);
    this.sinceCompaction++;
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
      if (this.sinceCompaction >= this.compactEvery) await this.compact(doc);
    } catch (error) {
      this.logger.log('error', { event: 'bookkeeping_failed', docId: this.docId, detail: String(error) });
    }
  }

  /** Compacts if anything was appended since the last snapshot; a failure is logged and loses nothing. */
  async compactOnUnload(doc: Y.Doc): Promise<void> {
    if (this.sinceCompaction === 0) return;
    try {
      await this.compact(doc);
    } catch (error) {
      this.logger.log('error', { event: 'compaction_failed', docId: this.docId, detail: String(error) });
    }
  }

  private async compact(doc: Y.Doc): Promise<void> {
    await this.storage.compact(this.docId, Y.encodeStateAsUpdate(doc), this.lastSeq);
    this.sinceCompaction = 0;
  }
}
