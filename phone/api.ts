/** A refusal as the page handles it; `network` covers no answer, a timeout or a page that is not ours. */
export interface PhoneError {
  code: string;
  reason: string;
  message: string;
  params: Record<string, string | number>;
  /** HTTP status; 0 when nothing usable came back. */
  status: number;
}
export type Result<T> = { ok: true; data: T } | { ok: false; error: PhoneError };

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export interface ApiOptions {
  base: string;
  fetch: FetchLike;
  token: () => string | null;
  timeoutMs?: number;
}

const STATUS_REASONS: Record<number, string> = { 401: 'unauthorized', 413: 'too_large', 429: 'rate_limited' };

export const networkError = (): PhoneError => ({ code: 'network', reason: 'network', message: 'No answer', params: {}, status: 0 });

/** The token is dead: join again. */
export const isAuthError = (e: PhoneError) => e.reason !== 'session_closed' && (e.status === 401 || e.reason === 'unauthorized');
/** Worth trying again later with the same request. */
export const isTransient = (e: PhoneError) => e.reason === 'network' || e.reason === 'rate_limited' || e.status === 429 || e.status >= 500;

export function createApi(opts: ApiOptions) {
  const timeoutMs = opts.timeoutMs ?? 20000;
  return async function call<T>(method: string, body: object): Promise<Result<T>> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
    const token = opts.token();
    if (token) headers.Authorization = `Bearer ${token}`;
    // A slow hotspot can swallow a request; give up so the caller can retry (writes carry a clientId).
    const ctl = typeof AbortController === 'function' ? new AbortController() : null;
    const timer = setTimeout(() => ctl?.abort(), timeoutMs);
    try {
      const res = await opts.fetch(opts.base + method, {
        method: 'POST', headers, body: JSON.stringify(body), cache: 'no-store', credentials: 'omit', signal: ctl?.signal,
      });
      let envelope: unknown = null;
      try { envelope = await res.json(); } catch { /* not JSON: handled below */ }
      return readEnvelope<T>(res.status, envelope);
    } catch {
      return { ok: false, error: networkError() };
    } finally {
      clearTimeout(timer);
    }
  };
}

export type Call = ReturnType<typeof createApi>;

/** Reads { ok, data } / { ok: false, error }; anything else (a captive portal's page) counts as no answer. */
export function readEnvelope<T>(status: number, envelope: unknown): Result<T> {
  const env = envelope as { ok?: unknown; data?: unknown; error?: Partial<PhoneError> } | null;
  if (env && env.ok === true && status < 400) return { ok: true, data: env.data as T };
  if (env && env.ok === false && env.error && typeof env.error === 'object') {
    const e = env.error;
    const code = typeof e.code === 'string' ? e.code : 'internal';
    const reason = typeof e.reason === 'string' && e.reason ? e.reason : STATUS_REASONS[status] ?? code;
    const params = e.params && typeof e.params === 'object' ? e.params : {};
    return { ok: false, error: { code, reason, message: String(e.message ?? ''), params, status } };
  }
  if (STATUS_REASONS[status]) {
    const reason = STATUS_REASONS[status]!;
    return { ok: false, error: { code: reason, reason, message: '', params: {}, status } };
  }
  if (status >= 500) return { ok: false, error: { code: 'internal', reason: 'internal', message: '', params: {}, status } };
  return { ok: false, error: networkError() };
}
