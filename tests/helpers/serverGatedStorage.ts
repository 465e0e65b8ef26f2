import type { Storage } from '../../server/storage/Storage.ts';

type Gated = 'loadDoc' | 'appendUpdate' | 'compact' | 'lastParagraph';

/**
 * A real storage whose loadDoc, appendUpdate or compact can be held at a gate, so a test can
 * act while the server is waiting on storage (a load, an append, a compaction in progress).
 * `fail` makes the next calls of a method reject, as a full disk would.
 */
export class GatedStorage implements Storage {
  private readonly gates = new Map<Gated, Promise<void>>();
  private readonly failing = new Set<Gated>();
  /** Calls currently waiting at a gate, by method. */
  readonly waiting = new Map<Gated, number>();

  constructor(readonly inner: Storage) {}

  /** Holds calls of `method` until the returned function is called. */
  hold(method: Gated): () => void {
    let release!: () => void;
    this.gates.set(method, new Promise((resolve) => (release = resolve)));
    return () => {
      this.gates.delete(method);
      release();
    };
  }

  fail(method: Gated, failing = true): void {
    if (failing) this.failing.add(method);
    else this.failing.delete(method);
  }

  private async pass(method: Gated): Promise<void> {
    const gate = this.gates.get(method);
    if (gate) {
      this.waiting.set(method, (this.waiting.get(method) ?? 0) + 1);
      await gate;
      this.waiting.set(method, (this.waiting.get(method) ?? 1) - 1);
    }
    if (this.failing.has(method)) throw new Error(`${method} failed (test)`);
  }

  listBoards: Storage['listBoards'] = (options) => this.inner.listBoards(options);
  getBoard: Storage['getBoard'] = (id) => this.inner.getBoard(id);
  createBoard: Storage['createBoard'] = (record, state) => this.inner.createBoard(record, state);
  touchBoard: Storage['touchBoard'] = (id, changes) => this.inner.touchBoard(id, changes);
  archiveBoard: Storage['archiveBoard'] = (id) => this.inner.archiveBoard(id);
  deleteBoard: Storage['deleteBoard'] = (id) => this.inner.deleteBoard(id);
  close: Storage['close'] = () => this.inner.close();

  loadDoc: Storage['loadDoc'] = async (id) => {
    await this.pass('loadDoc');
    return this.inner.loadDoc(id);
  };

  appendUpdate: Storage['appendUpdate'] = async (id, data, owners, extra) => {
    await this.pass('appendUpdate');
    return this.inner.appendUpdate(id, data, owners, extra);
  };

  lastParagraph: Storage['lastParagraph'] = async (series) => {
    await this.pass('lastParagraph');
    return this.inner.lastParagraph(series);
  };

  loadClientOwners: Storage['loadClientOwners'] = (id) => this.inner.loadClientOwners(id);

  compact: Storage['compact'] = async (id, snapshot, compaction) => {
    await this.pass('compact');
    return this.inner.compact(id, snapshot, compaction);
  };
}
