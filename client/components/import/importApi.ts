import { MAX_IMPORT_FILE_BYTES } from '../../../shared/import/importTable.ts';

/** The verdicts a row of the file gets (IMP9); `skipped` rows (empty, the export's sums) are never written. */
export const IMPORT_VERDICTS = ['create', 'update', 'unchanged', 'refused', 'skipped'] as const;
export type ImportVerdict = (typeof IMPORT_VERDICTS)[number];

/** One row's verdict as POST /api/boards/:id/import answers it (IMP9). */
export interface ImportRowAnswer {
  row: number;
  verdict: ImportVerdict;
  cardId?: string;
  /** The sheet of a row that is not the cards' (`reports`, EXP5), when the server names it. */
  sheet?: string;
  /** The title of the card the row makes or names, by the file's title cell or the board's card (IMP9, IMP13). */
  title?: string;
  /** Why a `skipped` row carries no card (IMP3): `empty`, `sum_row`. */
  skipped?: string;
  problems: { row: number; column: string; value: string; reason: string }[];
}

export interface ImportAnswer {
  written: boolean;
  headers: string[];
  mapping: (string | null)[];
  rows: ImportRowAnswer[];
  newColumns: string[];
  /** Every row's verdicts, both sheets'; `skipped` only once the server answers it. */
  counts: Partial<Record<ImportVerdict, number>>;
  /** A file with a reports sheet (EXP5): the verdicts of its rows alone. */
  reportCounts?: Partial<Record<ImportVerdict, number>>;
}

/**
 * What a call to the import answers, as one outcome (STYLE: one union, a reason from a closed set):
 * the plan, or a refusal with the server's code (IMP8, IMP9, IMP10), the limit it names for a file
 * it will not read, and for 422 `rows_refused` the plan whose refused rows stopped the write.
 */
export type ImportOutcome =
  | { ok: true; answer: ImportAnswer }
  | { ok: false; status: number; code: string; limit?: number; answer?: ImportAnswer };

type ImportRefusal = Extract<ImportOutcome, { ok: false }>;

/**
 * IMP8, IMP12: a file past the import's cap is refused before it is sent, naming the cap; sent, a
 * body of many MB meets SEC1's cap first, whose answer names none.
 */
export function oversizeRefusal(file: Blob): ImportRefusal | undefined {
  return file.size > MAX_IMPORT_FILE_BYTES ? { ok: false, status: 413, code: 'too_large', limit: MAX_IMPORT_FILE_BYTES } : undefined;
}

/** The file's bytes as base64, which the JSON body carries (SEC4). */
export async function fileAsBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A file chosen for import: its format by its name, its bytes as the body carries them. */
export interface ChosenFile {
  format: 'xlsx' | 'csv';
  file: string;
  name: string;
}

/** Reads a chosen file for the import's body. */
export async function chooseFile(file: File): Promise<ChosenFile> {
  return { format: /\.csv$/i.test(file.name) ? 'csv' : 'xlsx', file: await fileAsBase64(file), name: file.name };
}

const isAnswer = (body: unknown): body is ImportAnswer => typeof body === 'object' && body !== null && Array.isArray((body as ImportAnswer).rows);

/**
 * The dry run (nothing written) or the confirm of an import (IMP9). A session's cookie is the only
 * credential that imports (a share link is refused, IMP10), so no bearer token is sent; a network
 * failure is status 0.
 */
export async function postImport(
  boardId: string,
  body: { format: 'xlsx' | 'csv'; file: string; mapping?: (string | null)[]; skipRefused?: boolean },
  dryRun: boolean,
): Promise<ImportOutcome> {
  let response: Response;
  try {
    response = await fetch(`/api/boards/${encodeURIComponent(boardId)}/import${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: 'offline' };
  }
  const answer: unknown = await response.json().catch(() => ({}));
  if (response.ok && isAnswer(answer)) return { ok: true, answer };
  const { error, limit } = answer as { error?: unknown; limit?: unknown };
  return {
    ok: false,
    status: response.status,
    code: typeof error === 'string' ? error : 'http_error',
    ...(typeof limit === 'number' && { limit }),
    ...(isAnswer(answer) && { answer }),
  };
}
