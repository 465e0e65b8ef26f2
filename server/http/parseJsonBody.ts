import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './ApiError.ts';

/** Reads a JSON body and validates it; a 400 ApiError names each wrong field (API6). */
export async function parseJsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError(400, 'invalid_json', 'the request body is not valid JSON');
  }
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'body'}: ${issue.message}`);
  throw new ApiError(400, 'invalid_body', problems.join('; '));
}
