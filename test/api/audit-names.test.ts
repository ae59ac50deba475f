// The audit log in words: every action the code records and every kind of record has a name in
// Chinese and English, and each event names the record it concerns (a case by its 案号).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../apps/api/src/audit/names.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { seedEverything } from '../helpers/records.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedEverything(t);
});
afterAll(() => t.close());

const sources = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });

describe('the audit log in words', () => {
  it('every action written in a recordAudit call has a name', () => {
    const missing: string[] = [];
    for (const file of sources('apps/api/src')) {
      const text = fs.readFileSync(file, 'utf8');
      if (!text.includes('recordAudit(')) continue;
      for (const line of text.split('\n').filter((l) => /\baction: /.test(l)))
        for (const [, code] of line.matchAll(/'([a-z_]+\.[a-z_]+)'/g))
          if (!AUDIT_ACTIONS[code]) missing.push(`${file}: ${code}`);
    }
    expect(missing).toEqual([]);
  });

  it('every action and kind of record the demo wrote has a name', async () => {
    const rows = await t.ctx.db.query<{ action: string; entity_type: string }>(
      sql`SELECT DISTINCT action, entity_type FROM audit_events`,
    );
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => !AUDIT_ACTIONS[r.action]).map((r) => r.action)).toEqual([]);
    expect(rows.filter((r) => !AUDIT_ENTITIES[r.entity_type]).map((r) => r.entity_type)).toEqual([]);
  });

  it('第九条: a case’s events name it by its 案号; the names are served for the filters', async () => {
    const admin = await t.login('zezhou-admin');
    const page = (await admin.get('/api/v1/audit-events?entityType=case&limit=20')).json();
    expect(page.items.length).toBeGreaterThan(0);
    for (const e of page.items) expect(e.subject).toMatch(/^泽执监案〔\d{4}〕\d+号 /);
    const names = (await admin.get('/api/v1/audit/names')).json();
    expect(names.actions).toContainEqual({
      code: 'case.approve_filing',
      zh: '批准立案审批表',
      en: 'Approve the filing form',
    });
    expect((await (await t.login('zezhou-sup1')).get('/api/v1/audit/names')).statusCode).toBe(403);
  });
});
