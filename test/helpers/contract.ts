// Every answer an API test receives is held to what its route declares (the OpenAPI comes from
// the same declarations): a status the route does not declare, a media type it does not name, a
// JSON body that does not parse with the declared zod schema, or a field the schema does not
// declare, fails the test with the route, the path in the body and zod's issues.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { type ZodType, z } from 'zod';
import { problem } from '../../packages/contracts/src/common.ts';

type Responses = Record<string, unknown>;
interface Answered {
  route: string;
  responses: Responses | undefined;
  /** a route outside the API's document (its own page, the web's files): it states no answers */
  undocumented: boolean;
}

const isZod = (s: unknown): s is ZodType => s instanceof z.ZodType;
const hasContent = (s: unknown): s is { content: Record<string, { schema: unknown }> } =>
  typeof s === 'object' && s !== null && !isZod(s) && 'content' in s;
const isBinary = (s: unknown) => isZod(s) && s.meta()?.format === 'binary';

/** The route that answered each request, by request id: recorded as the answer is sent. */
export function recordAnswers(app: FastifyInstance): Map<string, Answered> {
  const answered = new Map<string, Answered>();
  app.addHook('onSend', async (req) => {
    const url = req.routeOptions.url;
    answered.set(req.id, {
      route: url ? `${req.method} ${url}` : `${req.method} (no route)`,
      responses: url ? (req.routeOptions.schema?.response as Responses | undefined) : undefined,
      undocumented: Boolean(url) && !url?.startsWith('/api/v1/') && !req.routeOptions.schema?.response,
    });
  });
  return answered;
}

/** fields present in what was sent but dropped by the schema, i.e. not declared in it */
function undeclared(sent: unknown, parsed: unknown, path: string, out: string[]) {
  if (out.length >= 10) return;
  if (Array.isArray(sent) && Array.isArray(parsed)) {
    sent.forEach((v, i) => {
      undeclared(v, parsed[i], `${path}[${i}]`, out);
    });
    return;
  }
  if (sent && parsed && typeof sent === 'object' && typeof parsed === 'object') {
    for (const [k, v] of Object.entries(sent)) {
      if (!(k in parsed)) out.push(`${path}.${k}`);
      else undeclared(v, (parsed as Record<string, unknown>)[k], `${path}.${k}`, out);
    }
  }
}

function fail(route: string, status: number, why: string): never {
  throw new Error(`answer breaks the contract: ${route} → ${status}: ${why}`);
}

export function checkAnswer(answered: Map<string, Answered>, res: LightMyRequestResponse) {
  const id = res.headers['x-request-id'];
  const a = typeof id === 'string' ? answered.get(id) : undefined;
  if (!a) return; // answered before routing (e.g. the body could not be read): nothing declared
  answered.delete(id as string);
  const status = res.statusCode;
  const mediaType = String(res.headers['content-type'] ?? '')
    .split(';')[0]
    .trim();
  if (a.undocumented) return;
  // no route: the not-found answer, a problem like every refusal
  const responses: Responses = a.responses ?? {
    default: { content: { 'application/problem+json': { schema: problem } } },
  };
  const entry = responses[status] ?? responses[`${String(status)[0]}xx`] ?? responses.default;
  if (!entry) fail(a.route, status, 'status not declared');
  let schema: unknown = entry;
  if (hasContent(entry)) {
    const declared = entry.content[mediaType];
    if (!declared)
      fail(
        a.route,
        status,
        `media type ${mediaType || '(none)'} not declared (${Object.keys(entry.content)})`,
      );
    schema = declared.schema;
  } else if (res.rawPayload.length === 0) {
    // no body (204): the declaration must say so
    if (isZod(entry) && entry.safeParse(undefined).success) return;
    fail(a.route, status, 'no body, but one is declared');
  } else if (!/^application\/(.+\+)?json$/.test(mediaType)) {
    fail(a.route, status, `declared as JSON, sent as ${mediaType || '(none)'}`);
  }
  if (isBinary(schema)) return;
  if (!isZod(schema)) fail(a.route, status, 'declared without a zod schema');
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    fail(a.route, status, 'body is not JSON');
  }
  const r = schema.safeParse(body);
  if (!r.success)
    fail(
      a.route,
      status,
      r.error.issues
        .slice(0, 10)
        .map(
          (i) =>
            `$${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${i.message}`,
        )
        .join('; '),
    );
  const extra: string[] = [];
  undeclared(body, r.data, '$', extra);
  if (extra.length) fail(a.route, status, `fields not declared: ${extra.join(', ')}`);
}
