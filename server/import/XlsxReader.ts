import { Worker } from 'node:worker_threads';
import type { ImportTable } from '../../shared/import/importTable.ts';
import { ImportFileError, type ImportFileFigures, type ImportFileReason } from './ImportFileError.ts';
import type { ImportLimits } from './importLimits.ts';

/** What the worker says (xlsxWorkerMain.ts): that it is ready, then for each file its table, its refusal or the error it met. */
export type XlsxAnswer =
  | { ready: true }
  | { table: ImportTable }
  | { refused: ImportFileFigures & { reason: ImportFileReason; message: string } }
  | { failed: string };

/** What became of a worker while the reader waited on it. */
type Outcome = { answer: XlsxAnswer } | { error: Error } | { exit: number };

interface Thread {
  readonly worker: Worker;
  readonly heapMb: number;
  /** Where the worker's next message, error or exit goes: its start, then each parse in turn. */
  next?: (outcome: Outcome) => void;
}

/** How long a worker may take to load tsx and ExcelJS: the server's time, not the file's, so far from parseMs. */
const START_MS = 60_000;

const WORKER_SCRIPT = new URL('./xlsxWorker.mjs', import.meta.url);

/** The worker's next outcome, or undefined when `ms` pass first. */
const nextOutcome = (thread: Thread, ms: number): Promise<Outcome | undefined> =>
  new Promise((resolve) => {
    const timer = setTimeout(() => {
      thread.next = undefined;
      resolve(undefined);
    }, ms);
    thread.next = (outcome) => {
      clearTimeout(timer);
      thread.next = undefined;
      resolve(outcome);
    };
  });

const described = (outcome: Outcome | undefined): string =>
  outcome === undefined ? 'no answer in time' : 'error' in outcome ? outcome.error.message : 'exit' in outcome ? `exit code ${outcome.exit}` : JSON.stringify(outcome.answer).slice(0, 200);

/**
 * IMP8: XLSX files parsed off the server's thread, one at a time, in a worker whose heap is capped
 * (`parseHeapMb`) and whose parse is stopped past `parseMs`, so a crafted workbook under the byte
 * caps (shared strings, styles, cells by the hundred thousand) holds neither the event loop nor
 * every board's sync with it. A file past either cap is refused (`too_slow`, `too_complex`) and the
 * worker replaced; a file that would wait behind more than `waiting` others is refused `busy`, so
 * the queue is bounded. The worker is started on the first file and kept for the next.
 */
export class XlsxReader {
  #thread: Thread | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  /** Files being read or waiting. */
  #pending = 0;

  constructor(readonly waiting = 2) {}

  async read(bytes: Uint8Array, limits: ImportLimits): Promise<ImportTable> {
    if (this.#pending > this.waiting) {
      // The wait named is about one parse's cap: by then at least the file being read is done.
      const seconds = Math.ceil(limits.parseMs / 1000);
      throw new ImportFileError('busy', `${this.#pending} files are being read or waiting; try again in ${seconds} s`, { limit: seconds });
    }
    this.#pending++;
    const turn = this.#queue.then(() => this.#parse(bytes, limits));
    this.#queue = turn.catch(() => undefined);
    try {
      return await turn;
    } finally {
      this.#pending--;
    }
  }

  async #parse(bytes: Uint8Array, limits: ImportLimits): Promise<ImportTable> {
    if (this.#thread && this.#thread.heapMb !== limits.parseHeapMb) await this.#stop();
    const thread = (this.#thread ??= await this.#start(limits.parseHeapMb));
    // A copy of its own to hand over: a Buffer's slice() is a view, and handing over its memory would empty the caller's Buffer.
    const copy = new Uint8Array(bytes);
    const done = nextOutcome(thread, limits.parseMs);
    thread.worker.ref();
    thread.worker.postMessage({ bytes: copy, limits }, [copy.buffer]);
    const outcome = await done;
    thread.worker.unref();
    if (outcome && 'answer' in outcome) {
      const { answer } = outcome;
      if ('table' in answer) return answer.table;
      if ('refused' in answer) throw new ImportFileError(answer.refused.reason, answer.refused.message, answer.refused);
    }
    // Past its time, out of heap, or broken: the next file gets a fresh worker.
    await this.#stop();
    if (outcome === undefined) throw new ImportFileError('too_slow', `the file took more than ${limits.parseMs} ms to read`, { limit: limits.parseMs });
    if ('error' in outcome && (outcome.error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      throw new ImportFileError('too_complex', `reading the file needs more than ${limits.parseHeapMb} MB`, { limit: limits.parseHeapMb });
    }
    throw new Error(`the XLSX worker failed: ${'answer' in outcome && 'failed' in outcome.answer ? outcome.answer.failed : described(outcome)}`);
  }

  /** A worker with no loaders of its parent's (execArgv), alike under `npm start`, `tsx watch` and vitest; it registers tsx itself. */
  async #start(heapMb: number): Promise<Thread> {
    const worker = new Worker(WORKER_SCRIPT, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    const thread: Thread = { worker, heapMb };
    worker.on('message', (answer: XlsxAnswer) => thread.next?.({ answer }));
    // Always listened to: an unheard worker error would be thrown in the server's thread.
    worker.on('error', (error) => thread.next?.({ error }));
    worker.on('exit', (exit) => {
      if (this.#thread === thread) this.#thread = undefined;
      thread.next?.({ exit });
    });
    const started = await nextOutcome(thread, START_MS);
    if (!started || !('answer' in started) || !('ready' in started.answer)) {
      await worker.terminate();
      throw new Error(`the XLSX worker did not start: ${described(started)}`);
    }
    // An idle worker keeps no process alive; #parse holds it while a file is read.
    worker.unref();
    return thread;
  }

  async #stop(): Promise<void> {
    const thread = this.#thread;
    this.#thread = undefined;
    await thread?.worker.terminate();
  }
}

/** The server's one reader: one parse at a time for the whole process, two files waiting at most. */
export const XLSX_READER = new XlsxReader();
