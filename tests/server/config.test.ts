import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';

describe('server configuration', () => {
  it('[CFG1] defaults: port 8787 on 127.0.0.1, data in ./data, 2 MiB frames, compaction every 500 updates', () => {
    expect(loadConfig({})).toMatchObject({ port: 8787, host: '127.0.0.1', dataDir: './data', maxMessageBytes: 2 * 1024 * 1024, compactEvery: 500 });
  });

  it('[CFG1] every value comes from its environment variable', () => {
    const env = { PORT: '9000', HOST: '0.0.0.0', DATA_DIR: '/srv/tavla', MAX_MESSAGE_BYTES: '1048576', COMPACT_EVERY: '50' };
    expect(loadConfig(env)).toMatchObject({ port: 9000, host: '0.0.0.0', dataDir: '/srv/tavla', maxMessageBytes: 1_048_576, compactEvery: 50 });
  });

  it('[CFG2] a bad value is refused with a message naming the variable', () => {
    expect(() => loadConfig({ PORT: 'åttaåttaåttasju' })).toThrow(/PORT/);
    expect(() => loadConfig({ MAX_MESSAGE_BYTES: '0' })).toThrow(/MAX_MESSAGE_BYTES/);
    expect(() => loadConfig({ COMPACT_EVERY: '1.5' })).toThrow(/COMPACT_EVERY/);
  });

  it('[FLOW1][FLOW3][FLOW4] the sync path’s limits: 8 MiB a board and unread per socket, a ping every 30 s by default, each from its variable, bad values refused', () => {
    expect(loadConfig({})).toMatchObject({ maxDocBytes: 8 * 1024 * 1024, maxBufferedBytes: 8 * 1024 * 1024, pingIntervalMs: 30_000 });
    expect(loadConfig({ MAX_DOC_BYTES: '65536', MAX_BUFFERED_BYTES: '262144', PING_INTERVAL_MS: '5000' })).toMatchObject({ maxDocBytes: 65_536, maxBufferedBytes: 262_144, pingIntervalMs: 5_000 });
    expect(() => loadConfig({ MAX_DOC_BYTES: '0' })).toThrow(/MAX_DOC_BYTES/);
    expect(() => loadConfig({ MAX_BUFFERED_BYTES: 'mycket' })).toThrow(/MAX_BUFFERED_BYTES/);
    expect(() => loadConfig({ PING_INTERVAL_MS: '10' })).toThrow(/PING_INTERVAL_MS/);
  });
});
