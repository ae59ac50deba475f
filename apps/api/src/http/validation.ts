// Fastify validation through zod, with every failing field named and its reason given in
// Chinese and in English. Custom messages in the contracts are written '中文¦English'.
import type { FastifyInstance, FastifySchemaCompiler } from 'fastify';
import { type ZodType, z } from 'zod';
import { type FieldProblem, refuse } from './problem.ts';

const zh = z.locales.zhCN().localeError as (issue: unknown) => string | { message: string } | undefined;
const zhError = (issue: unknown) => {
  const m = zh(issue);
  return typeof m === 'string' ? m : m?.message;
};

const EMPTY: [string, string] = ['不能为空', 'must not be empty'];

function split(message: string): [string, string] | null {
  const i = message.indexOf('¦');
  return i > 0 ? [message.slice(0, i), message.slice(i + 1)] : null;
}

export function fieldProblems(schema: ZodType, data: unknown, prefix: string): FieldProblem[] {
  const en = schema.safeParse(data);
  if (en.success) return [];
  const zhRun = schema.safeParse(data, { error: zhError });
  const zhIssues = zhRun.success ? [] : zhRun.error.issues;
  return en.error.issues.slice(0, 20).map((issue, i) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || prefix;
    const both =
      issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1
        ? EMPTY
        : split(issue.message);
    if (both) return { field, reason: both[0], reason_en: both[1] };
    const zhMsg = zhIssues[i]?.message ?? issue.message;
    return { field, reason: split(zhMsg)?.[0] ?? zhMsg, reason_en: issue.message };
  });
}

/** Validates body, querystring and params with their zod schema; refusals name the fields. */
export const validatorCompiler: FastifySchemaCompiler<ZodType> = ({ schema, httpPart }) => {
  const where =
    httpPart === 'querystring'
      ? 'query'
      : httpPart === 'params'
        ? 'params'
        : httpPart === 'headers'
          ? 'headers'
          : 'body';
  return (data: unknown) => {
    const r = schema.safeParse(data);
    if (r.success) return { value: r.data };
    return { error: refuse.invalid(fieldProblems(schema, data, where === 'body' ? '' : where)) };
  };
};

/** NUL, which PostgreSQL text cannot hold, or half of a surrogate pair, which UTF-8 cannot */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what is looked for
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** any NUL or surrogate at all: most text has none, and then the exact test is not needed */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what is looked for
const SUSPECT = /[\u0000\ud800-\udfff]/;
const unstorable = (s: string) => SUSPECT.test(s) && UNSTORABLE.test(s);

/** the path of the first string (or key) in `value` that cannot be stored as text, if any */
export function unstorableText(value: unknown, path: string[] = [], depth = 0): string[] | null {
  const bad = firstUnstorable(value, depth);
  return bad ? [...path, ...bad.reverse()] : null;
}

/** the path found, innermost first: built only on the way out of a failure, as bulk bodies are walked whole */
function firstUnstorable(value: unknown, depth: number): string[] | null {
  if (typeof value === 'string') return unstorable(value) ? [] : null;
  if (depth > 32 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null;
  const o = value as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (unstorable(k)) return [k];
    const bad = firstUnstorable(o[k], depth + 1);
    if (bad) {
      bad.push(k);
      return bad;
    }
  }
  return null;
}

/**
 * Every route, with a schema or without: a query, path or body field holding NUL or a lone
 * surrogate is refused with 400 naming it, before any schema or SQL sees it.
 */
export function refuseUnstorableText(app: FastifyInstance) {
  app.addHook('preValidation', async (req) => {
    for (const [where, value] of [
      ['query', req.query],
      ['params', req.params],
      ['', req.body],
    ] as const) {
      const bad = unstorableText(value);
      if (bad)
        throw refuse.invalid([
          {
            field: [where, ...bad].filter(Boolean).join('.') || 'body',
            reason: '不得包含空字符（NUL）或不成对的代理字符',
            reason_en: 'must not contain NUL or unpaired surrogate characters',
          },
        ]);
    }
  });
}
