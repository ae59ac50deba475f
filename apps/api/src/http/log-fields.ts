// What a request leaves in the log: method, path and who asked — never a petitioner's name or
// phone, a password, or a tracking code (it opens a petition's status). Bodies are never
// logged; query strings keep their keys only, as a search may be for a person's name.
import type { FastifyRequest } from 'fastify';

const SECRET_SEGMENTS = [/^(\/api\/v1\/public\/petitions\/)[^/?]+/];

export function loggedUrl(url: string): string {
  const q = url.indexOf('?');
  let path = q < 0 ? url : url.slice(0, q);
  for (const re of SECRET_SEGMENTS) path = path.replace(re, '$1:code');
  if (q < 0) return path;
  const keys = [...new URLSearchParams(url.slice(q + 1)).keys()];
  return keys.length ? `${path}?${keys.map((k) => `${k}=…`).join('&')}` : path;
}

export const logSerializers = {
  req: (req: FastifyRequest) => ({
    method: req.method,
    url: loggedUrl(req.url),
    remoteAddress: req.ip,
  }),
};
