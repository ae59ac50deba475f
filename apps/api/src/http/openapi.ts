// What the OpenAPI document says of each operation besides its schemas: a stable operationId
// (GET /api/v1/cases/:id/documents → getCasesIdDocuments) and how a client authenticates — the
// session cookie, and for a write the X-CSRF-Token header echoing the session's token (auth.ts).
import { SESSION_COOKIE } from '../access/sessions.ts';

export const SECURITY_SCHEMES = {
  session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
  csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
} as const;

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function operationId(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1\//, '')
    .split(/[/.\-_]/)
    .filter(Boolean)
    .map((w) => w.replace(/^:/, ''));
  return method.toLowerCase() + words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

export function openApiOperation(
  method: string | string[],
  url: string,
  isPublic: boolean,
  schema: { operationId?: string; security?: readonly Record<string, readonly string[]>[] } | undefined,
): { operationId: string; security: readonly Record<string, readonly string[]>[] } {
  const first = [method].flat()[0];
  return {
    operationId: schema?.operationId ?? operationId(first, url),
    security:
      schema?.security ?? (isPublic ? [] : [SAFE.has(first) ? { session: [] } : { session: [], csrf: [] }]),
  };
}
