// A database that cannot answer is an outage (503, logged once), not a bug (500): which errors
// are taken for one, and that an outage is logged when it begins and when it ends, once each.
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, outageLog } from './unavailable.ts';

const err = (props: Record<string, unknown>, message = 'x') => Object.assign(new Error(message), props);

describe('database outages', () => {
  it('takes a stopped, restarting, unreachable, full or too slow database for an outage', () => {
    for (const code of ['57P01', '57P02', '57P03', '53300', '57014', '08006', 'ECONNREFUSED', 'ECONNRESET'])
      expect(isDatabaseUnavailable(err({ code })), code).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([err({ code: 'ECONNREFUSED' })]))).toBe(true);
  });

  it('does not take a refused statement or a bug for one', () => {
    for (const code of ['23505', '23503', '40001', '42P01', '22P02'])
      expect(isDatabaseUnavailable(err({ code })), code).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('undefined is not a function'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it('logs an outage once when it begins and once when it ends, whatever fails meanwhile', () => {
    const lines: string[] = [];
    const outage = outageLog((l) => lines.push(l));
    outage.succeeded();
    for (let i = 0; i < 5; i++) outage.failed(err({ code: 'ECONNREFUSED' }, 'connect ECONNREFUSED'));
    outage.failed(err({ code: '23505' }));
    expect(outage.down).toBe(true);
    outage.succeeded();
    outage.succeeded();
    expect(outage.down).toBe(false);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('database unavailable (connect ECONNREFUSED)');
    expect(lines[1]).toMatch(/^database available again after \d+ s$/);
  });
});
