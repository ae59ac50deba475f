// A database that cannot answer (stopped, restarting, unreachable, out of connections or too
// slow) is an outage, not a bug: requests get 503 with Retry-After, and the log says so once
// when it begins and once when it ends, not once per request.

/** SQLSTATE codes of a database that cannot serve now */
const UNAVAILABLE_CODES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '53300', // too_many_connections
  '57014', // query_canceled: statement_timeout
]);
/** socket errors of node-postgres */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
const MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection ended unexpectedly',
];

export function isDatabaseUnavailable(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { code?: unknown; message?: unknown; errors?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('08') || SOCKET_CODES.has(code)) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  if (MESSAGES.some((m) => message.includes(m))) return true;
  // connecting to every address of a host failed
  return Array.isArray(e.errors) && e.errors.some(isDatabaseUnavailable);
}

/** seconds a client is asked to wait before trying again */
export const RETRY_AFTER_SECONDS = 5;

/** Logs the start and the end of an outage, each once. */
export function outageLog(log: (line: string) => void = console.warn) {
  let since: number | null = null;
  return {
    /** a query failed: an outage begins unless one is on */
    failed(err: unknown) {
      if (!isDatabaseUnavailable(err) || since !== null) return;
      since = Date.now();
      log(
        `database unavailable (${(err as Error).message || (err as { code?: string }).code}); answering 503 until it is back`,
      );
    },
    /** a query succeeded: an outage that was on has ended */
    succeeded() {
      if (since === null) return;
      log(`database available again after ${Math.round((Date.now() - since) / 1000)} s`);
      since = null;
    },
    get down() {
      return since !== null;
    },
  };
}
