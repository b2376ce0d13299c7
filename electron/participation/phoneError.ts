import type { ApiError, ErrorCode } from '../../shared/errors';

/** A refusal of a phone's request, answered in the usual envelope. */
export class PhoneError extends Error {
  constructor(readonly code: ErrorCode, readonly reason: string, message: string, readonly params: Record<string, string | number> = {}) {
    super(message);
  }

  toApiError(): ApiError {
    return { code: this.code, reason: this.reason, message: this.message, params: this.params };
  }
}

/** Unwraps a dispatcher answer; a refusal travels on to the phone as it is. */
export function dataOf<T>(envelope: { ok: true; data: unknown } | { ok: false; error: ApiError }): T {
  if (!envelope.ok) throw new PhoneError(envelope.error.code, envelope.error.reason ?? envelope.error.code, envelope.error.message, envelope.error.params);
  return envelope.data as T;
}
