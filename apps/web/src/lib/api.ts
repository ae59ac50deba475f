// The one way the UI talks to the API: JSON under /api/v1, the CSRF header on every write,
// problem+json turned into ApiError, and a 401 sending the user back to the login page.
import type { Problem } from '@jiandu/contracts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.title_en || problem.title);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Called when an API call answers 401 (session ended): the app shows the login page. */
export function setUnauthorizedHandler(fn: (() => void) | null) {
  onUnauthorized = fn;
}

// Asking who we are, or logging in, may answer 401 without the session having ended.
const NO_REDIRECT = ['/auth/me', '/auth/login', '/auth/totp'];

function url(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {}))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ''}`;
}

/** a refusal that came without a problem document: the network, or a body that is not one */
export function fallbackProblem(status: number, text: string): Problem {
  if (status === 0)
    return {
      type: 'urn:jiandu:problem:network',
      title: '无法连接服务器',
      title_en: 'Cannot reach the server',
      status: 0,
      detail: '请检查网络连接后重试',
      detail_en: 'Check the connection and try again',
    };
  return {
    type: 'about:blank',
    title: '请求失败',
    title_en: 'Request failed',
    status,
    detail: text ? text.slice(0, 200) : `HTTP ${status}`,
    detail_en: text ? text.slice(0, 200) : `HTTP ${status}`,
  };
}

async function request<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(url(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, fallbackProblem(0, ''));
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (res.ok) return json as T;
  const problem =
    json && typeof json === 'object' && 'title' in json
      ? (json as Problem)
      : fallbackProblem(res.status, text);
  if (res.status === 401 && !NO_REDIRECT.includes(path)) onUnauthorized?.();
  throw new ApiError(res.status, problem);
}

/** Uploads one file as multipart/form-data (field "file"), with the CSRF header. */
async function upload<T>(path: string, file: File): Promise<T> {
  const body = new FormData();
  body.append('file', file);
  const res = await fetch(url(path), {
    method: 'POST',
    body,
    headers: csrfToken ? { 'x-csrf-token': csrfToken } : {},
    credentials: 'same-origin',
  }).catch(() => null);
  if (!res) throw new ApiError(0, fallbackProblem(0, ''));
  const text = await res.text();
  const json = text ? (JSON.parse(text) as unknown) : null;
  if (res.ok) return json as T;
  throw new ApiError(
    res.status,
    json && typeof json === 'object' && 'title' in json
      ? (json as Problem)
      : fallbackProblem(res.status, text),
  );
}

export const api = {
  upload,
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  del: <T = void>(path: string) => request<T>('DELETE', path),
};
