import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../server/import/ImportFileError.ts';
import { IMPORT_LIMITS, type ImportLimits } from '../../../server/import/importLimits.ts';
import { XlsxReader } from '../../../server/import/XlsxReader.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { craftedXlsx } from './craftedXlsx.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });

async function small(rows: ExcelJS.CellValue[][] = [['Åtgärd', 'Ekonomisk effekt tkr/år'], ['Egen åtgärd', 1500]]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Kort');
  rows.forEach((row, i) => {
    sheet.getRow(i + 1).values = row;
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const limited = (limits: Partial<ImportLimits>): ImportLimits => ({ ...IMPORT_LIMITS, ...limits });

/**
 * How the server answers /api/health while `work` runs: the share of that time its answers were held
 * up, and how many came. The test and the server share one thread, so a held thread shows as a
 * round (ask, answer, 20 ms pause) taking longer than 100 ms; what each round took past that is summed.
 */
async function healthWhile<T>(work: Promise<T>): Promise<{ held: number; answered: number; settled: PromiseSettledResult<T> }> {
  let done = false;
  const settled = work.then(
    (value): PromiseSettledResult<T> => ({ status: 'fulfilled', value }),
    (reason: unknown): PromiseSettledResult<T> => ({ status: 'rejected', reason }),
  );
  void settled.then(() => (done = true));
  const start = performance.now();
  let heldMs = 0;
  let answered = 0;
  while (!done) {
    const round = performance.now();
    await (await fetch(`${fx.url}/api/health`)).arrayBuffer();
    answered++;
    await new Promise((resolve) => setTimeout(resolve, 20));
    heldMs += Math.max(0, performance.now() - round - 100);
  }
  return { held: heldMs / (performance.now() - start), answered, settled: await settled };
}

describe('XlsxReader: an XLSX parsed in a worker under a time and a heap cap (IMP8)', () => {
  it('[IMP8] a crafted workbook under the byte caps (252 000 cells) is parsed off the server thread: /api/health answers throughout', async () => {
    const file = await craftedXlsx({ rows: 2100, columns: 120 });
    expect(file.byteLength).toBeLessThan(IMPORT_LIMITS.fileBytes);
    const reader = new XlsxReader();
    const { held, answered, settled } = await healthWhile(reader.read(file, limited({ parseMs: 120_000, parseHeapMb: 512 })));
    expect(settled.status).toBe('fulfilled');
    expect(answered).toBeGreaterThan(5);
    // Parsed in the server's thread, ExcelJS held some six tenths of the parse here (measured once); in the worker none.
    expect(held).toBeLessThan(0.3);
  }, 180_000);

  it('[IMP8] a parse past its time is stopped and refused too_slow, naming the cap; the next file gets a fresh worker and reads', async () => {
    const reader = new XlsxReader();
    const slow = await craftedXlsx({ strings: 900_000 });
    const refused = await reader.read(slow, limited({ parseMs: 100, parseHeapMb: 512 })).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ImportFileError);
    expect(refused).toMatchObject({ reason: 'too_slow', limit: 100 });
    const table = await reader.read(await small(), IMPORT_LIMITS);
    expect(table.rows[1]).toEqual(['Egen åtgärd', 1500]);
  }, 120_000);

  it('[IMP8] a parse past its heap ends the worker, not the server: refused too_complex naming the megabytes; the next file reads', async () => {
    const reader = new XlsxReader();
    const heavy = await craftedXlsx({ rows: 2100, columns: 120 });
    const refused = await reader.read(heavy, limited({ parseMs: 120_000, parseHeapMb: 32 })).catch((error: unknown) => error);
    expect(refused).toMatchObject({ reason: 'too_complex', limit: 32 });
    expect((await reader.read(await small(), IMPORT_LIMITS)).rows).toHaveLength(2);
    expect((await fetch(`${fx.url}/api/health`)).status).toBe(200);
  }, 180_000);

  it('[IMP8] one file is read at a time and `waiting` may wait: the next is refused busy at once, the others are read', async () => {
    const reader = new XlsxReader(1);
    const file = await small();
    const reads = [reader.read(file, IMPORT_LIMITS), reader.read(file, IMPORT_LIMITS), reader.read(file, IMPORT_LIMITS)];
    const [first, second, third] = await Promise.allSettled(reads);
    expect([first!.status, second!.status]).toEqual(['fulfilled', 'fulfilled']);
    expect(third).toMatchObject({ status: 'rejected', reason: { reason: 'busy', limit: 15 } });
    expect((await reader.read(file, IMPORT_LIMITS)).rows).toHaveLength(2);
  }, 120_000);

  it('[IMP8] the file handed to the worker is a copy: the caller\'s Buffer (a view, as the route\'s is) keeps its bytes and reads again', async () => {
    const reader = new XlsxReader();
    const file = Buffer.from(await small());
    expect(file.byteLength).toBeGreaterThan(Buffer.poolSize / 2);
    expect((await reader.read(file, IMPORT_LIMITS)).rows).toHaveLength(2);
    expect(file.byteLength).toBeGreaterThan(0);
    expect((await reader.read(file, IMPORT_LIMITS)).rows).toHaveLength(2);
  }, 120_000);

  it('[IMP8] a refusal inside the worker crosses to the server as the same ImportFileError, with its limit and how far the file went', async () => {
    const reader = new XlsxReader();
    const rows = Array.from({ length: 30 }, (_, i) => [`Åtgärd ${i}`, i]);
    const refused = await reader.read(await small(rows), limited({ rows: 20 })).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ImportFileError);
    expect(refused).toMatchObject({ reason: 'too_many_rows', limit: 20, actual: 30 });
  }, 120_000);
});
