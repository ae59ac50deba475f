// Fastify validation through zod, with every failing field named and its reason given in
// Chinese and in English. Custom messages in the contracts are written '中文¦English'.
import type { FastifySchemaCompiler } from 'fastify';
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
