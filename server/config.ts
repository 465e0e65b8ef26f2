import { z } from 'zod';

/** Everything the server reads from its environment (DESIGN.md, "Server contract"). */
export interface ServerConfig {
  port: number;
  host: string;
  /** Directory of the SQLite database (`tavla.db`). */
  dataDir: string;
  /** Largest websocket frame a client may send (BAD6). */
  maxMessageBytes: number;
  /** Stored updates of a document between two compactions into its snapshot (STO4). */
  compactEvery: number;
}

const positiveInt = z.coerce.number().int().positive();

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  MAX_MESSAGE_BYTES: positiveInt.default(2 * 1024 * 1024),
  COMPACT_EVERY: positiveInt.default(500),
});

/** Reads the configuration from environment variables; throws a message naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  // An empty variable (`PORT=`) means unset, not zero.
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    throw new Error(`bad configuration: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  const { PORT, HOST, DATA_DIR, MAX_MESSAGE_BYTES, COMPACT_EVERY } = parsed.data;
  return { port: PORT, host: HOST, dataDir: DATA_DIR, maxMessageBytes: MAX_MESSAGE_BYTES, compactEvery: COMPACT_EVERY };
}
