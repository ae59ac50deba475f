import { describe, expect, it } from 'vitest';
import { sql } from './sql.ts';

describe('sql tagged template', () => {
  it('turns values into numbered placeholders, never into text', () => {
    const name = "x'; DROP TABLE users; --";
    const q = sql`SELECT * FROM users WHERE name = ${name} AND role = ${'admin'}`;
    expect(q.text).toBe('SELECT * FROM users WHERE name = $1 AND role = $2');
    expect(q.values).toEqual([name, 'admin']);
  });
  it('renumbers nested fragments and joins', () => {
    const where = sql.join([sql`a = ${1}`, sql`b = ${2}`, sql`c = ANY(${[3, 4]})`], ' AND ');
    const q = sql`SELECT ${sql.raw('*')} FROM t WHERE x = ${0} AND ${where} LIMIT ${5}`;
    expect(q.text).toBe('SELECT * FROM t WHERE x = $1 AND a = $2 AND b = $3 AND c = ANY($4) LIMIT $5');
    expect(q.values).toEqual([0, 1, 2, [3, 4], 5]);
  });
});
