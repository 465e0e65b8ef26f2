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
});
