import { seedMissingBoards } from '../../../seeds/seedStorage.ts';
import { readBoard, type BoardSnapshot } from '../../../shared/read/readBoard.ts';
import { authHeaders } from '../../helpers/serverAuth.ts';
import { loadStoredDoc } from '../../helpers/serverBoards.ts';
import type { useInProcessServer } from '../../helpers/serverInProcess.ts';

type Fixture = ReturnType<typeof useInProcessServer>;

/** The import's answer (IMP9) as a test reads it. */
export interface ImportAnswer {
  error?: string;
  /** A refused file's cap and how far the file went (IMP8). */
  limit?: number;
  actual?: number;
  written: boolean;
  /** The file's header row, as the mapping is laid over it (IMP9). */
  headers: string[];
  rows: { row: number; sheet?: 'reports'; verdict: string; cardId?: string; skipped?: string; problems: { row: number; column: string; value: string; reason: string }[] }[];
  counts: Record<'create' | 'update' | 'unchanged' | 'refused' | 'skipped', number>;
  reportCounts?: Record<'create' | 'update' | 'unchanged' | 'refused' | 'skipped', number>;
  newColumns: string[];
  mapping: (string | null)[];
}

/** The import helpers of one test file's server. */
export function importHelpers(fx: Fixture) {
  let seeded = false;
  return {
    async seeds(): Promise<void> {
      if (!seeded) await seedMissingBoards(fx.storage);
      seeded = true;
    },
    async exported(boardId: string, format: 'xlsx' | 'csv', token = fx.token): Promise<Uint8Array> {
      const response = await fetch(`${fx.url}/api/boards/${boardId}/export?format=${format}`, { headers: authHeaders(token) });
      if (response.status !== 200) throw new Error(`no export: ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    /** POST /api/boards/:id/import, the file as base64 in JSON (IMP9). */
    async post(boardId: string, body: { format: 'xlsx' | 'csv'; file: Uint8Array; dryRun?: boolean; skipRefused?: boolean; mapping?: (string | null)[] }, token = fx.token) {
      const { file, dryRun, ...rest } = body;
      const response = await fetch(`${fx.url}/api/boards/${boardId}/import${dryRun ? '?dryRun=true' : ''}`, {
        method: 'POST',
        headers: authHeaders(token),
        body: JSON.stringify({ ...rest, file: Buffer.from(file).toString('base64') }),
      });
      return { status: response.status, answer: (await response.json()) as ImportAnswer };
    },
    async stored(boardId: string): Promise<BoardSnapshot> {
      return readBoard(await loadStoredDoc(fx.storage, boardId));
    },
  };
}
