import { z } from 'zod';
import { shortText } from './values.ts';

/** Scalar fields of a column map; `order` is a fractional index key. */
export const columnFields = {
  title: shortText.min(1),
  order: z.string().min(1).max(200),
  wipLimit: z.number().int().min(1).max(10_000),
} as const;

export interface Column {
  id: string;
  title: string;
  order: string;
  wipLimit?: number;
}
