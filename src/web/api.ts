// The dashboard's API client: JSON in and out, the CSRF token on writes, errors as ApiError.
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

let csrfToken: string | null = null;
export const setCsrf = (t: string | null) => (csrfToken = t);

export async function api<T>(path: string, init: { method?: string; body?: unknown; ifMatch?: string } = {}): Promise<{ data: T; etag: string | null }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.method && init.method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (init.ifMatch) headers['if-match'] = init.ifMatch;
  const res = await fetch(`/api${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: 'same-origin',
  });
  if (res.status === 204) return { data: undefined as T, etag: null };
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const e = body?.error ?? { code: 'internal', message: res.statusText };
    throw new ApiError(res.status, e.code, e.message);
  }
  return { data: body as T, etag: res.headers.get('etag') };
}

export const get = async <T>(path: string) => (await api<T>(path)).data;

/** Query string from a record, dropping empty values. */
export function qs(params: Record<string, string | number | null | undefined>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}
