import type { ErrorCode } from '../shared/errors';

/**
 * A failure the user can understand. `reason` is a stable key the renderer translates
 * (errors.<reason>); `message` is the English fallback for scripts.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string) =>
  new AppError('not_found', `${what}_not_found`, `No ${what} with id ${id}`, { id });
