import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { SchemaError } from '../../../shared/schema/errors.ts';
import { ApiError } from '../../../server/http/ApiError.ts';
import { errorHandler } from '../../../server/http/errorHandler.ts';
import { captureLogs } from '../../helpers/serverLogs.ts';

/** An app whose one route throws `error`, answered by the server's one error handler. */
function throwing(error: unknown) {
  const logs = captureLogs();
  const app = new Hono().onError(errorHandler(logs.logger));
  app.get('/x', () => {
    throw error;
  });
  return { request: () => app.request('/x'), logs };
}

describe('a failed request names its reason from a closed set (API6)', () => {
  it('[API6] a SchemaError keeps its code in `error`, with 400 and the field in the message', async () => {
    const response = await throwing(new SchemaError('over_limit', 'title', 'at most 200 characters')).request();
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'over_limit', message: 'title: at most 200 characters' });
  });

  it('[API6] an ApiError answers its own status and code; Hono’s own failure is http_error; a bug is server_error, logged', async () => {
    expect(await (await throwing(new ApiError(404, 'unknown_board', 'no such board')).request()).json()).toEqual({ error: 'unknown_board', message: 'no such board' });
    const hono = await throwing(new HTTPException(405, { message: 'no' })).request();
    expect([hono.status, await hono.json()]).toEqual([405, { error: 'http_error', message: 'no' }]);
    const bug = throwing(new Error('oops'));
    const response = await bug.request();
    expect([response.status, await response.json()]).toEqual([500, { error: 'server_error', message: 'internal server error' }]);
    expect(bug.logs.lines.some((line) => line.event === 'request_failed')).toBe(true);
  });
});
