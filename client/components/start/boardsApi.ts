import { BOARD_KINDS, type BoardKind } from '../../../shared/schema/boardKinds.ts';

/** A board as the start page lists it (GET /api/boards). */
export interface BoardSummary {
  id: string;
  title: string;
  kind: BoardKind;
  /** When the board last changed: ISO string or epoch milliseconds, as the server sends it. */
  updatedAt: string | number;
}

/** What POST /api/boards takes: a title, a kind and, for a measures board, its target in tkr/år. */
export interface NewBoardRequest {
  title: string;
  kind: BoardKind;
  target?: number;
}

/** The REST calls the start page makes; an object so tests can aim it at a server of their own. */
export interface BoardsApi {
  list(): Promise<BoardSummary[]>;
  create(board: NewBoardRequest): Promise<BoardSummary>;
  /** The board, or null when the server says there is none (404); throws when it cannot be asked. */
  get(id: string): Promise<BoardSummary | null>;
}

async function json(response: Response): Promise<unknown> {
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

const isKind = (value: unknown): value is BoardKind => (BOARD_KINDS as readonly unknown[]).includes(value);

function toSummary(value: unknown): BoardSummary | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { id, title, kind, updatedAt } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof title !== 'string' || !isKind(kind)) return undefined;
  return { id, title, kind, updatedAt: typeof updatedAt === 'number' || typeof updatedAt === 'string' ? updatedAt : 0 };
}

/** The boards API of the server at `baseUrl` (the page's own origin by default). */
export function boardsApi(baseUrl = ''): BoardsApi {
  return {
    async list() {
      const body = await json(await fetch(`${baseUrl}/api/boards`, { headers: { accept: 'application/json' } }));
      return Array.isArray(body) ? body.map(toSummary).filter((b): b is BoardSummary => b !== undefined) : [];
    },
    async create(board) {
      const response = await fetch(`${baseUrl}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(board),
      });
      const created = toSummary(await json(response));
      if (!created) throw new Error('unexpected response');
      return created;
    },
    async get(id) {
      const response = await fetch(`${baseUrl}/api/boards/${encodeURIComponent(id)}`, { headers: { accept: 'application/json' } });
      if (response.status === 404) return null;
      return toSummary(await json(response)) ?? null;
    },
  };
}
