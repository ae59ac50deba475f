// What the OpenAPI document says of each operation besides its schemas: a stable operationId
// (GET /api/v1/cases/:id/documents → getCasesIdDocuments) and how a client authenticates — the
// session cookie, and for a write the X-CSRF-Token header echoing the session's token (auth.ts);
// and the refusals every operation may answer, each a problem+json (problem.ts, errors.ts), so a
// route's own schema states only what it answers when it succeeds.
import { problem } from '@jiandu/contracts';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';
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

const refusal = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problem } },
});

/**
 * The refusals an operation may answer besides its own: 400 for a request that does not fit
 * its schema (every operation: even a query or path is checked), 401 and 403 when a session is
 * needed (no session; a role that may not, or a write without its CSRF token), 404 (a record
 * not found or outside one's jurisdiction), 409 and 422 for writes (a stale version or a
 * conflicting record; a step the regulation does not allow now), and the rest (413, 415, 429,
 * 500, 503) as the default. A route's own statuses win over these.
 */
export function refusalResponses(method: string | string[], isPublic: boolean): Record<string, unknown> {
  const write = !SAFE.has([method].flat()[0]);
  return {
    400: refusal('请求内容有误 The request is invalid'),
    ...(isPublic
      ? {}
      : {
          401: refusal('请先登录 No session'),
          403: refusal('无权操作 Forbidden (role, jurisdiction or CSRF token)'),
        }),
    404: refusal('未找到 Not found, or outside the jurisdiction'),
    ...(write
      ? {
          409: refusal('冲突 A stale version, a conflicting record, or not possible in this state'),
          422: refusal('依法不予办理 Refused under the regulation'),
        }
      : {}),
    default: refusal('其他错误 Other errors (413, 415, 429, 500, 503)'),
  };
}

/**
 * The document's shared schemas (those with an id, such as Problem), each written once under
 * components; a request-side copy that no operation refers to (nothing sends a Problem) is left out.
 */
export function withSharedSchemas(document: Parameters<typeof jsonSchemaTransformObject>[0]) {
  const doc = jsonSchemaTransformObject(document);
  const schemas = (doc as { components?: { schemas?: Record<string, unknown> } }).components?.schemas;
  if (schemas) {
    const text = JSON.stringify({ ...doc, components: {} });
    for (const name of Object.keys(schemas))
      if (name.endsWith('Input') && !text.includes(`"#/components/schemas/${name}"`)) delete schemas[name];
  }
  return doc;
}
