import { callApi } from '../../auth/authApi.ts';

/** One row's verdict as POST /api/boards/:id/import answers it (IMP9). */
export interface ImportRowAnswer {
  row: number;
  verdict: 'create' | 'update' | 'unchanged' | 'refused';
  cardId?: string;
  problems: { row: number; column: string; value: string; reason: string }[];
}

export interface ImportAnswer {
  written: boolean;
  headers: string[];
  mapping: (string | null)[];
  rows: ImportRowAnswer[];
  newColumns: string[];
  counts: Record<ImportRowAnswer['verdict'], number>;
}

/** The file's bytes as base64, which the JSON body carries (SEC4). */
export async function fileAsBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The dry run (nothing written) or the confirm of an import (IMP9). */
export function postImport(
  boardId: string,
  body: { format: 'xlsx' | 'csv'; file: string; mapping?: (string | null)[]; skipRefused?: boolean },
  dryRun: boolean,
): Promise<ImportAnswer> {
  return callApi<ImportAnswer>(`/api/boards/${encodeURIComponent(boardId)}/import${dryRun ? '?dryRun=true' : ''}`, { method: 'POST', body });
}
