import { z } from 'zod';
import { DEFAULT_AUTH_CONFIG, type AuthConfig } from './access/AuthConfig.ts';
import { ADMIN_DISPLAY_NAME } from './access/AuthService.ts';
import { checkPasswordStrength, WeakPasswordError } from './access/passwordStrength.ts';
import { DEFAULT_PING_INTERVAL_MS } from './http/keepAlive.ts';
import { DEFAULT_FLOW_LIMITS } from './sync/Connection.ts';
import { DEFAULT_MAX_DOC_BYTES } from './sync/RoomWriter.ts';

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
  /** Accounts, sessions and limits; DEFAULT_AUTH_CONFIG when absent. */
  auth?: AuthConfig;
  /** A board's document may not grow past this many bytes (FLOW3). */
  maxDocBytes?: number;
  /** Bytes a socket may leave unread before it is dropped (FLOW1). */
  maxBufferedBytes?: number;
  /** A websocket ping every this many ms; two unanswered drop the socket (FLOW4). */
  pingIntervalMs?: number;
}

const positiveInt = z.coerce.number().int().positive();
/** An origin people reach the server at: http(s), no path, query or credentials (SEC6). */
const publicUrl = z
  .string()
  .url()
  .transform((value) => new URL(value))
  .refine((url) => /^https?:$/.test(url.protocol) && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password, 'an http(s) origin such as https://tavla.example.org, without a path')
  .transform((url) => url.origin);
/** ADMIN_PASSWORD is the password of `admin` (AUTH7): a weak one stops the server at start (SEC7). */
const strongAdminPassword = (password: string, ctx: z.RefinementCtx): void => {
  try {
    checkPasswordStrength(password, { username: 'admin', displayName: ADMIN_DISPLAY_NAME });
  } catch (error) {
    if (!(error instanceof WeakPasswordError)) throw error;
    ctx.addIssue({ code: 'custom', message: error.message });
  }
};
const flag = z.enum(['true', 'false', '1', '0']).default('false').transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  MAX_MESSAGE_BYTES: positiveInt.default(2 * 1024 * 1024),
  COMPACT_EVERY: positiveInt.default(500),
  MAX_DOC_BYTES: positiveInt.default(DEFAULT_MAX_DOC_BYTES),
  MAX_BUFFERED_BYTES: positiveInt.default(DEFAULT_FLOW_LIMITS.maxBufferedBytes),
  PING_INTERVAL_MS: z.coerce.number().int().min(1_000).default(DEFAULT_PING_INTERVAL_MS),
  ADMIN_PASSWORD: z.string().min(8, 'at least 8 characters').superRefine(strongAdminPassword).optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(DEFAULT_AUTH_CONFIG.sessionTtlMs / 3_600_000),
  COOKIE_SECURE: flag,
  TRUST_PROXY: flag,
  ALLOWED_ORIGINS: z.string().default(''),
  MAX_CONNECTIONS_PER_USER: positiveInt.default(DEFAULT_AUTH_CONFIG.maxConnectionsPerUser),
  MAX_CONNECTIONS_PER_ADDRESS: positiveInt.default(DEFAULT_AUTH_CONFIG.maxConnectionsPerAddress),
  PASSWORD_COST: z.coerce.number().int().min(10).max(20).default(DEFAULT_AUTH_CONFIG.passwordCost),
  MAX_BODY_BYTES: positiveInt.default(DEFAULT_AUTH_CONFIG.maxBodyBytes),
  PUBLIC_URL: publicUrl.optional(),
});

/** Reads the configuration from environment variables; throws a message naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  // An empty variable (`PORT=`) means unset, not zero.
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    throw new Error(`bad configuration: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  const { PORT, HOST, DATA_DIR, MAX_MESSAGE_BYTES, COMPACT_EVERY, ADMIN_PASSWORD, SESSION_TTL_HOURS, COOKIE_SECURE, ALLOWED_ORIGINS } = parsed.data;
  const auth: AuthConfig = {
    ...DEFAULT_AUTH_CONFIG,
    ...(ADMIN_PASSWORD !== undefined && { adminPassword: ADMIN_PASSWORD }),
    sessionTtlMs: SESSION_TTL_HOURS * 3_600_000,
    cookieSecure: COOKIE_SECURE,
    trustProxy: parsed.data.TRUST_PROXY,
    allowedOrigins: ALLOWED_ORIGINS.split(',').map((origin) => origin.trim()).filter((origin) => origin !== ''),
    maxConnectionsPerUser: parsed.data.MAX_CONNECTIONS_PER_USER,
    maxConnectionsPerAddress: parsed.data.MAX_CONNECTIONS_PER_ADDRESS,
    passwordCost: parsed.data.PASSWORD_COST,
    maxBodyBytes: parsed.data.MAX_BODY_BYTES,
    ...(parsed.data.PUBLIC_URL !== undefined && { publicUrl: parsed.data.PUBLIC_URL }),
  };
  return {
    port: PORT,
    host: HOST,
    dataDir: DATA_DIR,
    maxMessageBytes: MAX_MESSAGE_BYTES,
    compactEvery: COMPACT_EVERY,
    auth,
    maxDocBytes: parsed.data.MAX_DOC_BYTES,
    maxBufferedBytes: parsed.data.MAX_BUFFERED_BYTES,
    pingIntervalMs: parsed.data.PING_INTERVAL_MS,
  };
}
