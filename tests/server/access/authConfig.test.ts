import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_CONFIG } from '../../../server/access/AuthConfig.ts';
import { loadConfig } from '../../../server/config.ts';

describe('auth configuration (CFG3)', () => {
  it('[CFG3] defaults: no admin password, 12-hour sessions, no Secure cookie, own origin only, 20 and 50 connections, scrypt 2^15, no trusted proxy', () => {
    expect(loadConfig({}).auth).toEqual(DEFAULT_AUTH_CONFIG);
    expect(DEFAULT_AUTH_CONFIG).toMatchObject({ sessionTtlMs: 12 * 3_600_000, cookieSecure: false, allowedOrigins: [], maxConnectionsPerUser: 20, maxConnectionsPerAddress: 50, passwordCost: 15, trustProxy: false });
  });

  it('[CFG3] every value comes from its environment variable', () => {
    const env = {
      ADMIN_PASSWORD: 'ett-långt-lösen',
      SESSION_TTL_HOURS: '2',
      COOKIE_SECURE: 'true',
      ALLOWED_ORIGINS: 'https://tavla.example, https://dev.example',
      MAX_CONNECTIONS_PER_USER: '5',
      MAX_CONNECTIONS_PER_ADDRESS: '9',
      PASSWORD_COST: '16',
      TRUST_PROXY: '1',
    };
    expect(loadConfig(env).auth).toMatchObject({
      adminPassword: 'ett-långt-lösen',
      sessionTtlMs: 2 * 3_600_000,
      cookieSecure: true,
      allowedOrigins: ['https://tavla.example', 'https://dev.example'],
      maxConnectionsPerUser: 5,
      maxConnectionsPerAddress: 9,
      passwordCost: 16,
      trustProxy: true,
    });
  });

  it('[CFG2] a bad value is refused naming the variable', () => {
    expect(() => loadConfig({ ADMIN_PASSWORD: 'kort' })).toThrow(/ADMIN_PASSWORD/);
    expect(() => loadConfig({ PASSWORD_COST: '30' })).toThrow(/PASSWORD_COST/);
    expect(() => loadConfig({ COOKIE_SECURE: 'ja' })).toThrow(/COOKIE_SECURE/);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ MAX_CONNECTIONS_PER_USER: '0' })).toThrow(/MAX_CONNECTIONS_PER_USER/);
  });
});
