import { BoardExistsError, SeriesMovedError, type AppendExtra, type BoardRecord, type ClientOwners, type Compaction, type ParagraphSeries, type Storage, type StoredDoc, type StoredUpdate } from './Storage.ts';
import { byUpdatedAtDesc } from './byUpdatedAtDesc.ts';

interface DocEntry {
  snapshot?: Uint8Array;
  updates: StoredUpdate[];
  generation: number;
  owners: Map<number, string>;
}

const seriesKey = ({ series, year }: ParagraphSeries): string => `${year} ${series}`;

const emptyEntry = (): DocEntry => ({ updates: [], generation: 0, owners: new Map() });

/**
 * Storage in process memory, for tests and throwaway servers. Copies bytes in and out so a
 * caller mutating a buffer later cannot change what is stored.
 */
export class MemoryStorage implements Storage {
  private readonly boards = new Map<string, BoardRecord>();
  private readonly docs = new Map<string, DocEntry>();
  private lastSeq = 0;
  /** The last paragraph number of each series (MTS16), by seriesKey. */
  private readonly paragraphs = new Map<string, number>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async listBoards(options: { includeArchived?: boolean } = {}): Promise<BoardRecord[]> {
    return [...this.boards.values()]
      .filter((board) => options.includeArchived || !board.archived)
      .map((board) => ({ ...board }))
      .sort(byUpdatedAtDesc);
  }

  async getBoard(id: string): Promise<BoardRecord | undefined> {
    const board = this.boards.get(id);
    return board && { ...board };
  }

  async createBoard(record: BoardRecord, initialState: Uint8Array): Promise<void> {
    if (this.boards.has(record.id)) throw new BoardExistsError(record.id);
    this.boards.set(record.id, { ...record });
    this.docs.set(record.id, { ...emptyEntry(), snapshot: initialState.slice(), generation: 1 });
  }

  async touchBoard(id: string, changes: { title?: string } = {}): Promise<void> {
    const board = this.boards.get(id);
    if (!board) return;
    board.updatedAt = this.now().toISOString();
    if (changes.title !== undefined) board.title = changes.title;
  }

  async archiveBoard(id: string): Promise<boolean> {
    const board = this.boards.get(id);
    if (!board) return false;
    board.archived = true;
    return true;
  }

  async deleteBoard(id: string): Promise<boolean> {
    this.docs.delete(id);
    return this.boards.delete(id);
  }

  async loadDoc(id: string): Promise<StoredDoc> {
    const entry = this.docs.get(id);
    if (!entry) return { updates: [], generation: 0 };
    const updates = entry.updates.map(({ seq, data }) => ({ seq, data: data.slice() }));
    return entry.snapshot ? { snapshot: entry.snapshot.slice(), updates, generation: entry.generation } : { updates, generation: entry.generation };
  }

  async appendUpdate(id: string, data: Uint8Array, owners?: ClientOwners, extra: AppendExtra = {}): Promise<number> {
    // Checked before anything is written: a moved series refuses the append whole (MTS16).
    const { raise } = extra;
    if (raise) {
      const last = this.paragraphs.get(seriesKey(raise.series)) ?? 0; // read and raised with no await between
      if (last !== raise.from) throw new SeriesMovedError(raise.series, last);
      this.paragraphs.set(seriesKey(raise.series), raise.to);
    }
    const entry = this.entry(id);
    const seq = ++this.lastSeq;
    entry.updates.push({ seq, data: data.slice() });
    for (const [clientId, owner] of owners ?? []) if (!entry.owners.has(clientId)) entry.owners.set(clientId, owner);
    await this.touchBoard(id);
    return seq;
  }

  async lastParagraph(series: ParagraphSeries): Promise<number> {
    return this.paragraphs.get(seriesKey(series)) ?? 0;
  }

  async loadClientOwners(id: string): Promise<Map<number, string>> {
    return new Map(this.docs.get(id)?.owners);
  }

  async compact(id: string, snapshot: Uint8Array, compaction: Compaction): Promise<boolean> {
    const entry = this.entry(id);
    if (entry.generation !== compaction.generation) return false;
    const contained = new Set(compaction.seqs);
    entry.snapshot = snapshot.slice();
    entry.generation++;
    entry.updates = entry.updates.filter((update) => !contained.has(update.seq));
    return true;
  }

  private entry(id: string): DocEntry {
    const entry = this.docs.get(id) ?? emptyEntry();
    this.docs.set(id, entry);
    return entry;
  }

  async close(): Promise<void> {}
}
