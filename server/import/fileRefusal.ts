import type { ImportFileError, ImportFileReason } from './ImportFileError.ts';

/**
 * IMP8: a refused file's status. Past a size cap is 413; a file within them whose parse is past the
 * worker's time or heap is 422 (it is not too large, it is too costly to read); a busy reader 503,
 * to try again; a file that is no spreadsheet 400.
 */
const FILE_STATUS = {
  too_large: 413,
  unpacks_too_large: 413,
  too_many_parts: 413,
  too_many_rows: 413,
  too_wide: 413,
  too_slow: 422,
  too_complex: 422,
  busy: 503,
  not_a_spreadsheet: 400,
} as const satisfies Record<ImportFileReason, number>;

/** The refusal as the route answers it (IMP8): API6's `{ error, message }` with the cap it met, and when to try again. */
export interface FileRefusal {
  status: (typeof FILE_STATUS)[ImportFileReason];
  body: { error: ImportFileReason; message: string; limit?: number; actual?: number };
  /** Seconds for Retry-After (a busy reader): its limit, about one parse's cap. */
  retryAfter?: number;
}

export function fileRefusal(error: ImportFileError): FileRefusal {
  return {
    status: FILE_STATUS[error.reason],
    body: { error: error.reason, message: error.message, ...(error.limit !== undefined && { limit: error.limit }), ...(error.actual !== undefined && { actual: error.actual }) },
    ...(error.reason === 'busy' && error.limit !== undefined && { retryAfter: error.limit }),
  };
}
