// Error codes shared by the back end and the renderer. `reason` is a stable key the renderer
// translates; `message` is a plain English fallback for scripts and logs.
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'invalid_state',
  'unknown_method',
  'unauthorized',
  'forbidden',
  'too_large',
  'unsupported_media_type',
  'rate_limited',
  'disk_full',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiIssue {
  path: (string | number)[];
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  reason?: string;
  params?: Record<string, string | number>;
  issues?: ApiIssue[];
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  unknown_method: 404,
  conflict: 409,
  invalid_state: 409,
  unauthorized: 401,
  forbidden: 403,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  disk_full: 507,
  internal: 500,
};
