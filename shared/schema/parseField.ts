import type { z } from 'zod';
import { SchemaError } from './errors.ts';

/**
 * Validates one value against a table of field schemas. Throws a SchemaError that names the
 * field: `unknown_field` when the table has no such field, `invalid_value` when the value does not fit.
 */
export function parseField<T extends Record<string, z.ZodType>, F extends string>(
  fields: T,
  field: F,
  value: unknown,
): F extends keyof T ? z.infer<T[F]> : never {
  const schema = Object.hasOwn(fields, field) ? fields[field] : undefined;
  if (!schema) throw new SchemaError('unknown_field', field, `unknown field "${field}"`);
  const result = schema.safeParse(value);
  if (!result.success) {
    const reason = result.error.issues.map((issue) => issue.message).join('; ');
    throw new SchemaError('invalid_value', field, `invalid value for "${field}": ${reason}`);
  }
  return result.data as F extends keyof T ? z.infer<T[F]> : never;
}
