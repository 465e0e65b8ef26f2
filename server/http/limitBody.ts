import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './ApiError.ts';

/**
 * Refuses a request body over `maxBytes` with 413 `too_large` (SEC1): by its Content-Length before
 * a byte is read, and a chunked body as it is counted, so no route ever holds more than that.
 */
export const limitBody = (maxBytes: number): MiddlewareHandler =>
  bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, 'too_large', `the request body is over ${maxBytes} bytes`);
    },
  });
