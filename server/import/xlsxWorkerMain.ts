import { parentPort } from 'node:worker_threads';
import { ImportFileError } from './ImportFileError.ts';
import type { ImportLimits } from './importLimits.ts';
import { readXlsx } from './readXlsx.ts';
import type { XlsxAnswer } from './XlsxReader.ts';

/**
 * The worker's side of XlsxReader (IMP8): reads each file it is sent with readXlsx and answers its
 * table, its refusal, or the error it met; says `ready` once ExcelJS is loaded, so the parse's time
 * cap counts the parse and not the worker's start.
 */
const port = parentPort!;
port.on('message', async ({ bytes, limits }: { bytes: Uint8Array; limits: ImportLimits }) => {
  let answer: XlsxAnswer;
  try {
    answer = { table: await readXlsx(bytes, limits) };
  } catch (error) {
    answer =
      error instanceof ImportFileError
        ? { refused: { reason: error.reason, message: error.message, limit: error.limit, actual: error.actual } }
        : { failed: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});
port.postMessage({ ready: true } satisfies XlsxAnswer);
